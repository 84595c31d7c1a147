package org.fashionlab.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address and refuses further tries for a while
 * once too many failed within the window, so passwords cannot be guessed at speed. Both the sign-in
 * form and HTTP Basic go through it. An address gets more tries than a username because a whole
 * classroom may reach the server through one address.
 */
@Component
public class LoginThrottle {

  /** Failures one address may have per username limit: a class of 30 behind one router. */
  static final int ADDRESS_FACTOR = 4;

  private static final int PURGE_ABOVE = 10_000;

  private final SecurityProperties properties;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @Autowired
  LoginThrottle(SecurityProperties properties) {
    this(properties, Clock.systemUTC());
  }

  LoginThrottle(SecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How long {@code username} from {@code address} must still wait, if they must. */
  public Optional<Duration> refusedFor(String username, String address) {
    Instant now = clock.instant();
    return longest(
        lockedFor(userKey(username), now),
        address == null ? null : lockedFor(addressKey(address), now));
  }

  /** Counts one failed sign-in. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > PURGE_ABOVE) {
      failures.values().removeIf(f -> f.expired(now, properties));
    }
    record(userKey(username), properties.maxFailedSignIns(), now);
    if (address != null) {
      record(addressKey(address), properties.maxFailedSignIns() * ADDRESS_FACTOR, now);
    }
  }

  /** Forgets the username's failures after a successful sign-in. */
  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private void record(String key, int limit, Instant now) {
    failures.compute(
        key,
        (k, f) -> {
          Failures current = f == null || f.expired(now, properties) ? new Failures(now) : f;
          return current.plusOne(now, limit, properties.lockDuration());
        });
  }

  private Duration lockedFor(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.lockedUntil == null || !f.lockedUntil.isAfter(now)) {
      return null;
    }
    return Duration.between(now, f.lockedUntil);
  }

  private static Optional<Duration> longest(Duration a, Duration b) {
    if (a == null) {
      return Optional.ofNullable(b);
    }
    return Optional.of(b == null || a.compareTo(b) >= 0 ? a : b);
  }

  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** Failures since {@code since}; once over the limit, locked until {@code lockedUntil}. */
  private record Failures(Instant since, int count, Instant lockedUntil) {

    Failures(Instant since) {
      this(since, 0, null);
    }

    Failures plusOne(Instant now, int limit, Duration lock) {
      int next = count + 1;
      return new Failures(since, next, next >= limit ? now.plus(lock) : lockedUntil);
    }

    boolean expired(Instant now, SecurityProperties properties) {
      boolean windowOver = since.plus(properties.failureWindow()).isBefore(now);
      boolean unlocked = lockedUntil == null || !lockedUntil.isAfter(now);
      return windowOver && unlocked;
    }
  }
}
