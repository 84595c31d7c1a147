package org.fashionlab.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic sends the password with every API call, and checking it with bcrypt costs about 70 ms
 * of CPU each time (BENCHMARKS.md, "Classify with 40 models"). This remembers for a few minutes
 * that a username and password matched: the entry is keyed by an HMAC of both under a key made at
 * start and never stored, so it holds no password, and it counts only while the account's stored
 * hash is still the one it was verified against and the account may sign in, so a changed or reset
 * password, or a removed account, ends it at once. Anything else goes to {@code passwords}.
 */
final class RememberedCredentials implements AuthenticationProvider {

  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final int DEFAULT_ENTRIES = 10_000;

  private final AuthenticationProvider passwords;
  private final UserDetailsService accounts;
  private final Duration ttl;
  private final int maxEntries;
  private final Clock clock;
  private final SecretKeySpec key;
  // Access order, bounded: the least recently used entry leaves first.
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  private record Entry(String storedHash, Instant until) {}

  RememberedCredentials(
      AuthenticationProvider passwords,
      UserDetailsService accounts,
      Duration ttl,
      int maxEntries,
      Clock clock) {
    this.passwords = passwords;
    this.accounts = accounts;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    if (!(attempt.getCredentials() instanceof String password) || attempt.getName() == null) {
      return passwords.authenticate(attempt);
    }
    String id = keyOf(attempt.getName(), password);
    Entry known = get(id);
    if (known != null) {
      UserDetails user = stillValid(attempt.getName(), known);
      if (user != null) {
        UsernamePasswordAuthenticationToken done =
            UsernamePasswordAuthenticationToken.authenticated(
                user, attempt.getCredentials(), user.getAuthorities());
        done.setDetails(attempt.getDetails());
        return done;
      }
      forget(id);
    }
    Authentication done = passwords.authenticate(attempt);
    if (done != null
        && done.getPrincipal() instanceof UserDetails user
        && user.getPassword() != null) {
      remember(id, new Entry(user.getPassword(), clock.instant().plus(ttl)));
    }
    return done;
  }

  /** The account, if the entry is fresh, its hash unchanged and the account may sign in. */
  private UserDetails stillValid(String username, Entry known) {
    if (!clock.instant().isBefore(known.until())) {
      return null;
    }
    try {
      UserDetails user = accounts.loadUserByUsername(username);
      boolean usable =
          user.isEnabled()
              && user.isAccountNonLocked()
              && user.isAccountNonExpired()
              && user.isCredentialsNonExpired();
      return usable && known.storedHash().equals(user.getPassword()) ? user : null;
    } catch (UsernameNotFoundException e) {
      return null;
    }
  }

  private String keyOf(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private synchronized Entry get(String id) {
    return entries.get(id);
  }

  private synchronized void forget(String id) {
    entries.remove(id);
  }

  private synchronized void remember(String id, Entry entry) {
    entries.put(id, entry);
    while (entries.size() > maxEntries) {
      Map.Entry<String, Entry> eldest = entries.entrySet().iterator().next();
      entries.remove(eldest.getKey());
    }
  }

  /** How many verified credentials are remembered now. */
  synchronized int size() {
    return entries.size();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
