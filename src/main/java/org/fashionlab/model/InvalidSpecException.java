package org.fashionlab.model;

import java.util.List;
import java.util.stream.Collectors;

/** A spec was refused; {@link #violations()} says which fields and why. */
public class InvalidSpecException extends RuntimeException {

  private final transient List<SpecViolation> violations;

  public InvalidSpecException(List<SpecViolation> violations) {
    super(
        "Invalid model settings: "
            + violations.stream().map(SpecViolation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<SpecViolation> violations() {
    return violations;
  }
}
