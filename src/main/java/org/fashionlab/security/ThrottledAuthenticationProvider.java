package org.fashionlab.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (form and HTTP Basic) through {@link LoginThrottle}: refused at
 * once while locked, every failure counted, the count cleared on success.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String username = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    var wait = throttle.refusedFor(username, address);
    if (wait.isPresent()) {
      throw new SignInThrottledException(wait.get());
    }
    try {
      Authentication done = passwords.authenticate(attempt);
      throttle.succeeded(username);
      return done;
    } catch (AuthenticationException e) {
      throttle.failed(username, address);
      // One message for an unknown user and a wrong password: no hint which usernames exist.
      throw new BadCredentialsException("Wrong username or password.", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
