package org.fashionlab.account;

/** An account, class or password change refused, with a reason the person can act on. */
public class AccountRefusedException extends IllegalArgumentException {

  public AccountRefusedException(String message) {
    super(message);
  }
}
