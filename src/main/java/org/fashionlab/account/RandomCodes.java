package org.fashionlab.account;

import java.security.SecureRandom;

/** Join codes and generated passwords: random, and without look-alike characters. */
final class RandomCodes {

  /** No 0/O, 1/I/L: a code read off a projector or a sheet of paper must not be misread. */
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

  static final int JOIN_CODE_LENGTH = 8;

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomCodes() {}

  /** Eight characters, e.g. {@code K7QM-4ZXP} without the dash: about 40 bits. */
  static String joinCode() {
    return random(CODE_LETTERS, JOIN_CODE_LENGTH);
  }

  /** Three groups of four lower-case letters and digits, e.g. {@code q7fm-x2ka-h9rt}: 59 bits. */
  static String password() {
    return random(PASSWORD_LETTERS, 4)
        + "-"
        + random(PASSWORD_LETTERS, 4)
        + "-"
        + random(PASSWORD_LETTERS, 4);
  }

  /** What a person typed as a join code, in the stored form (upper case, no spaces or dashes). */
  static String normalizeJoinCode(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static String random(String letters, int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(letters.charAt(RANDOM.nextInt(letters.length())));
    }
    return code.toString();
  }
}
