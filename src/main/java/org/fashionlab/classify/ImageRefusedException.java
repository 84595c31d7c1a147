package org.fashionlab.classify;

/** An upload that is not an image Fashion Lab can use; the message says why and what to do. */
public class ImageRefusedException extends RuntimeException {

  public ImageRefusedException(String message) {
    super(message);
  }

  public ImageRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
