package org.fashionlab.training;

/** A model from outside the server was refused; the message names the real cause. */
public class ModelRefusedException extends RuntimeException {

  public ModelRefusedException(String message) {
    super(message);
  }

  public ModelRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
