package org.fashionlab.training;

/** Thrown from a training listener to stop a job a user cancelled. */
final class TrainingCancelledException extends RuntimeException {

  TrainingCancelledException() {
    super("cancelled", null, false, false);
  }
}
