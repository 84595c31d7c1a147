package org.fashionlab.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The signed-in user of the current request, for services and views alike. Pages (Vaadin's
 * requests) and the JSON API (HTTP Basic) both leave their authentication in Spring Security's
 * context, so one lookup serves both; the account is read afresh, so a class joined or a display
 * name changed since sign-in shows at once.
 */
@Service
public class CurrentUser {

  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  private final UserDirectory directory;

  CurrentUser(UserDirectory directory) {
    this.directory = directory;
  }

  /** The signed-in user, or empty for an anonymous request or one outside any request. */
  public Optional<SignedInUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || TRUST.isAnonymous(authentication)) {
      return Optional.empty();
    }
    return directory.find(authentication.getName());
  }

  /**
   * The signed-in user.
   *
   * @throws InsufficientAuthenticationException when nobody is signed in
   */
  public SignedInUser require() {
    return get()
        .orElseThrow(() -> new InsufficientAuthenticationException("Please sign in first."));
  }

  /** The signed-in user's username: the owner of whatever they create. */
  public String username() {
    return require().username();
  }
}
