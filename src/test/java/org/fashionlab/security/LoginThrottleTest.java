package org.fashionlab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(
          new SecurityProperties(
              "teacher", null, 8, 3, Duration.ofMinutes(10), Duration.ofMinutes(1)),
          clock);

  @Test
  void theThirdFailureLocksTheUsernameForTheLockDurationIgnoringCase() {
    throttle.failed("Ana", "10.0.0.1");
    throttle.failed("ana", "10.0.0.2");
    assertThat(throttle.refusedFor("ana", "10.0.0.3")).isEmpty();
    throttle.failed("ANA", "10.0.0.3");
    assertThat(throttle.refusedFor("ana", "10.0.0.4")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(45));
    assertThat(throttle.refusedFor("ana", null)).contains(Duration.ofSeconds(15));
    clock.advance(Duration.ofSeconds(16));
    assertThat(throttle.refusedFor("ana", null)).isEmpty();
    assertThat(throttle.refusedFor("bo", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCountAndSuccessClearsThem() {
    throttle.failed("cy", null);
    throttle.failed("cy", null);
    clock.advance(Duration.ofMinutes(11));
    throttle.failed("cy", null);
    assertThat(throttle.refusedFor("cy", null)).isEmpty();
    throttle.failed("cy", null);
    throttle.succeeded("cy");
    throttle.failed("cy", null);
    assertThat(throttle.refusedFor("cy", null)).isEmpty();
  }

  @Test
  void oneAddressTryingManyUsernamesIsLockedAfterFourTimesTheLimit() {
    for (int i = 0; i < 3 * LoginThrottle.ADDRESS_FACTOR - 1; i++) {
      throttle.failed("user" + i, "192.0.2.7");
    }
    assertThat(throttle.refusedFor("someone", "192.0.2.7")).isEmpty();
    throttle.failed("last", "192.0.2.7");
    assertThat(throttle.refusedFor("someone", "192.0.2.7")).isPresent();
    assertThat(throttle.refusedFor("someone", "192.0.2.8")).isEmpty();
  }
}
