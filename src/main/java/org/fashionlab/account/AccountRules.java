package org.fashionlab.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fashionlab.security.SecurityProperties;
import org.springframework.stereotype.Component;

/** What a username, a display name and a password must look like, with the reason when not. */
@Component
public class AccountRules {

  public static final int MAX_USERNAME = 32;
  public static final int MAX_DISPLAY_NAME = 80;

  /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3," + MAX_USERNAME + "}");

  private final int minPasswordLength;

  AccountRules(SecurityProperties properties) {
    this.minPasswordLength = properties.minPasswordLength();
  }

  /** The lower-case form usernames are compared and looked up by. */
  public static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The username as it will be stored (trimmed), or a refusal saying what is wrong. */
  public String username(String username) {
    String key = key(username);
    if (!USERNAME.matcher(key).matches()) {
      throw new AccountRefusedException(
          "A username has 3 to "
              + MAX_USERNAME
              + " characters: letters a-z, digits, dot, dash or underscore.");
    }
    return username.strip();
  }

  /** The display name as it will be stored (trimmed, inner spaces collapsed), or a refusal. */
  public String displayName(String displayName) {
    String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
    if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
      throw new AccountRefusedException(
          "A display name has 1 to " + MAX_DISPLAY_NAME + " characters.");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new AccountRefusedException("A display name cannot hold control characters.");
    }
    return name;
  }

  /** Refuses a password that is too short or too long. */
  public void password(String password) {
    if (password == null || password.length() < minPasswordLength) {
      throw new AccountRefusedException(
          "A password needs at least " + minPasswordLength + " characters.");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new AccountRefusedException(
          "A password has at most " + MAX_PASSWORD_BYTES + " bytes (about 70 letters).");
    }
  }

  public int minPasswordLength() {
    return minPasswordLength;
  }
}
