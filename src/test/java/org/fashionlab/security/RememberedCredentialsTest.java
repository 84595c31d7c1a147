package org.fashionlab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The remembered credential, on real bcrypt hashes and Spring Security's own password check:
 * counted by how often bcrypt is asked.
 */
class RememberedCredentialsTest {

  private final AtomicInteger checks = new AtomicInteger();
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
  private final PasswordEncoder counting =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          checks.incrementAndGet();
          return bcrypt.matches(raw, encoded);
        }
      };
  private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
  private final HandClock clock = new HandClock(Instant.parse("2026-12-03T09:00:00Z"));
  private RememberedCredentials remembered;

  @BeforeEach
  void ada() {
    accounts.createUser(
        User.withUsername("ada").password(bcrypt.encode("right-pw-1")).roles("STUDENT").build());
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
    passwords.setPasswordEncoder(counting);
    remembered = new RememberedCredentials(passwords, accounts, Duration.ofMinutes(5), 2, clock);
  }

  private Authentication signIn(String username, String password) {
    return remembered.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(username, password));
  }

  @Test
  void aVerifiedPasswordIsCheckedWithBcryptOnceThenRemembered() {
    Authentication first = signIn("ada", "right-pw-1");
    Authentication second = signIn("ada", "right-pw-1");
    assertThat(checks).hasValue(1);
    assertThat(second.isAuthenticated()).isTrue();
    assertThat(second.getName()).isEqualTo("ada");
    assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    assertThat(remembered.size()).isEqualTo(1);
  }

  @Test
  void aWrongPasswordIsNeverTakenForTheRememberedOne() {
    signIn("ada", "right-pw-1");
    assertThatThrownBy(() -> signIn("ada", "right-pw-2"))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> signIn("ada", "right-pw-"))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(3);
  }

  @Test
  void aChangedPasswordEndsTheRememberedOneAtOnce() {
    signIn("ada", "right-pw-1");
    accounts.updatePassword(accounts.loadUserByUsername("ada"), bcrypt.encode("new-pw-22"));
    assertThatThrownBy(() -> signIn("ada", "right-pw-1"))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(signIn("ada", "new-pw-22").isAuthenticated()).isTrue();
    assertThat(checks).hasValue(3);
  }

  @Test
  void aRemovedOrDisabledAccountIsRefusedThoughItsPasswordWasRemembered() {
    signIn("ada", "right-pw-1");
    accounts.updateUser(
        User.withUserDetails(accounts.loadUserByUsername("ada")).disabled(true).build());
    assertThatThrownBy(() -> signIn("ada", "right-pw-1"))
        .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    accounts.deleteUser("ada");
    assertThatThrownBy(() -> signIn("ada", "right-pw-1"))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void anEntryLastsItsTimeAndTheOldestLeavesBeyondTheLimit() {
    signIn("ada", "right-pw-1");
    clock.advance(Duration.ofMinutes(5));
    signIn("ada", "right-pw-1");
    assertThat(checks).as("expired after 5 minutes: bcrypt again").hasValue(2);

    accounts.createUser(
        User.withUsername("ben").password(bcrypt.encode("ben-pw-123")).roles("STUDENT").build());
    accounts.createUser(
        User.withUsername("cy").password(bcrypt.encode("cy-pw-1234")).roles("STUDENT").build());
    signIn("ben", "ben-pw-123");
    signIn("cy", "cy-pw-1234");
    assertThat(remembered.size()).isEqualTo(2);
    signIn("ada", "right-pw-1");
    assertThat(checks).as("ada's entry left for cy's").hasValue(5);
  }
}
