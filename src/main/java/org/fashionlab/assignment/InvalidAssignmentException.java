package org.fashionlab.assignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fashionlab.model.SpecViolation;

/** A new assignment was refused; {@link #violations()} says which fields and why. */
public class InvalidAssignmentException extends RuntimeException {

  private final transient List<SpecViolation> violations;

  public InvalidAssignmentException(List<SpecViolation> violations) {
    super(
        "Invalid assignment: "
            + violations.stream().map(SpecViolation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<SpecViolation> violations() {
    return violations;
  }

  /** The refusals by field name, two for one field joined with "; ". */
  public Map<String, String> byField() {
    return violations.stream()
        .collect(
            Collectors.toMap(
                SpecViolation::field,
                SpecViolation::message,
                (a, b) -> a + "; " + b,
                LinkedHashMap::new));
  }
}
