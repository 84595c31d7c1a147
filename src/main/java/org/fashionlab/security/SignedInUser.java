package org.fashionlab.security;

import java.util.Set;
import java.util.UUID;

/**
 * The person behind the current request, as the rest of the application sees them.
 *
 * @param id the account's id
 * @param username the name they sign in with, as they typed it when the account was made
 * @param displayName the name others see (plain text, never HTML)
 * @param role teacher or student
 * @param classIds the classes they teach or belong to
 */
public record SignedInUser(
    UUID id, String username, String displayName, Role role, Set<UUID> classIds) {

  public SignedInUser {
    classIds = Set.copyOf(classIds);
  }

  public boolean isTeacher() {
    return role == Role.TEACHER;
  }
}
