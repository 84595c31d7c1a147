package org.fashionlab.registry;

/** An uploaded model archive was refused; the message says why. */
public class ImportRefusedException extends RuntimeException {

  public ImportRefusedException(String message) {
    super(message);
  }

  public ImportRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
