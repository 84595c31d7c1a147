package org.fashionlab.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for a while after too many failures; says how long to wait. */
public class SignInThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  SignInThrottledException(Duration retryAfter) {
    super(
        "Too many failed sign-ins. Please wait "
            + Math.max(1, (retryAfter.toMillis() + 999) / 1000)
            + " seconds and try again.");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds until the next try is accepted (at least 1). */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
