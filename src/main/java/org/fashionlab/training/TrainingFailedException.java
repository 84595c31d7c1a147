package org.fashionlab.training;

/** A training could not run or could not finish; the message tells the student why. */
public final class TrainingFailedException extends RuntimeException {

  public TrainingFailedException(String message) {
    super(message);
  }

  public TrainingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
