package org.fashionlab.security;

/** What a person may do in Fashion Lab. Views name these in {@code @RolesAllowed}. */
public enum Role {
  TEACHER,
  STUDENT;

  /** Spring Security's authority for this role, e.g. {@code ROLE_TEACHER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
