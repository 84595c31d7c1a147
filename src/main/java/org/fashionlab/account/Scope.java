package org.fashionlab.account;

/** Whose work a page or an API call lists. */
public enum Scope {
  /** The signed-in person's own work (the default everywhere). */
  MINE,
  /**
   * Beyond one's own: for a teacher, everything of the classes they teach; for a student, what
   * their classmates chose to share.
   */
  CLASS;

  /** "mine" or "class", as the API spells the scopes (any case). */
  public static Scope parse(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "mine" -> MINE;
      case "class" -> CLASS;
      default ->
          throw new IllegalArgumentException("scope must be mine or class, not \"" + value + "\"");
    };
  }
}
