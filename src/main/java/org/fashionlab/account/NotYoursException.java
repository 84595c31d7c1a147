package org.fashionlab.account;

/** Somebody asked for work that is not theirs and that their role does not open to them. */
public final class NotYoursException extends RuntimeException {

  public NotYoursException(String message) {
    super(message);
  }
}
