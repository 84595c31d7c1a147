package org.fashionlab.dataset;

/** Fashion-MNIST could not be found or read; the message names the fix. */
public class DatasetUnavailableException extends RuntimeException {

  public DatasetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatasetUnavailableException(String message) {
    super(message);
  }
}
