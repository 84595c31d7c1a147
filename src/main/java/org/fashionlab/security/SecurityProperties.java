package org.fashionlab.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and sign-in.
 *
 * @param initialTeacherUsername the teacher account created on an empty database
 * @param initialTeacherPassword its password; when unset a random one is generated, logged once and
 *     written to {@code <data-dir>/initial-teacher-password}
 * @param minPasswordLength shortest password accepted
 * @param maxFailedSignIns failed sign-ins for one username or one client address within {@code
 *     failureWindow} before sign-in is refused for {@code lockDuration}
 * @param failureWindow how far back failed sign-ins count
 * @param lockDuration how long sign-in stays refused after too many failures
 */
@Validated
@ConfigurationProperties("fashionlab.security")
public record SecurityProperties(
    @DefaultValue("teacher") @NotBlank String initialTeacherUsername,
    String initialTeacherPassword,
    @DefaultValue("8") @Min(6) @Max(64) int minPasswordLength,
    @DefaultValue("5") @Min(1) int maxFailedSignIns,
    @DefaultValue("10m") Duration failureWindow,
    @DefaultValue("1m") Duration lockDuration) {

  /** The configured initial password, or null when none is set (blank counts as none). */
  public String initialTeacherPasswordOrNull() {
    return initialTeacherPassword == null || initialTeacherPassword.isBlank()
        ? null
        : initialTeacherPassword;
  }
}
