package org.fashionlab.assignment;

import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.registry.RunSummary;

/**
 * What a run must reach for an assignment: each condition holds exactly at its limit (a minimum
 * accuracy of 0.88 is met by 0.88, at most 100,000 parameters by 100,000). A null condition does
 * not apply.
 *
 * @param minTestAccuracy lowest test accuracy, 0..1
 * @param minValidationAccuracy lowest final validation accuracy, 0..1
 * @param maxParameters most trainable parameters
 * @param kind the kind of network; null or ANY for any
 * @param maxEpochs most epochs the run was trained for
 */
public record Target(
    Double minTestAccuracy,
    Double minValidationAccuracy,
    Long maxParameters,
    ModelKind kind,
    Integer maxEpochs) {

  /**
   * Accuracies are stored as 32-bit floats, so 8,800 right of 10,000 reads back as 0.8799999952: a
   * margin far below one image in 10,000 keeps "exactly at the limit" passing.
   */
  static final double ACCURACY_MARGIN = 1e-6;

  /** No condition at all: every finished run meets it. */
  public static final Target NONE = new Target(null, null, null, ModelKind.ANY, null);

  public Target {
    kind = kind == null ? ModelKind.ANY : kind;
  }

  /** The conditions {@code run} does not meet, in words; empty when it meets the target. */
  public List<String> unmet(RunSummary run) {
    List<String> unmet = new ArrayList<>();
    if (minTestAccuracy != null && !atLeast(run.testAccuracy(), minTestAccuracy)) {
      unmet.add("test accuracy below " + percent(minTestAccuracy));
    }
    if (minValidationAccuracy != null
        && !atLeast(run.finalValidationAccuracy(), minValidationAccuracy)) {
      unmet.add("validation accuracy below " + percent(minValidationAccuracy));
    }
    if (maxParameters != null && run.parameters() > maxParameters) {
      unmet.add("more than " + Figures.count(maxParameters) + " parameters");
    }
    if (!kind.admits(run.kind())) {
      unmet.add("not a " + kind.label());
    }
    if (maxEpochs != null && run.epochs() > maxEpochs) {
      unmet.add("more than " + maxEpochs + " epochs");
    }
    return unmet;
  }

  public boolean isMetBy(RunSummary run) {
    return unmet(run).isEmpty();
  }

  /** Whether a condition reads the test set (and so is hidden while the test set is locked). */
  public boolean needsTestAccuracy() {
    return minTestAccuracy != null;
  }

  /** The conditions in words, e.g. "test accuracy ≥ 88.00%, at most 100,000 parameters, MLP". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (minTestAccuracy != null) {
      parts.add("test accuracy ≥ " + percent(minTestAccuracy));
    }
    if (minValidationAccuracy != null) {
      parts.add("validation accuracy ≥ " + percent(minValidationAccuracy));
    }
    if (maxParameters != null) {
      parts.add("at most " + Figures.count(maxParameters) + " parameters");
    }
    if (kind != ModelKind.ANY) {
      parts.add(kind.label() + " only");
    }
    if (maxEpochs != null) {
      parts.add("at most " + maxEpochs + (maxEpochs == 1 ? " epoch" : " epochs"));
    }
    return parts.isEmpty() ? "any finished run" : String.join(", ", parts);
  }

  /** What is wrong with the conditions themselves, each with its field under {@code prefix}. */
  List<SpecViolation> violations(String prefix) {
    List<SpecViolation> violations = new ArrayList<>();
    fraction(violations, prefix + "minTestAccuracy", minTestAccuracy);
    fraction(violations, prefix + "minValidationAccuracy", minValidationAccuracy);
    if (maxParameters != null && maxParameters < 1) {
      violations.add(new SpecViolation(prefix + "maxParameters", "must be at least 1"));
    }
    if (maxEpochs != null && maxEpochs < 1) {
      violations.add(new SpecViolation(prefix + "maxEpochs", "must be at least 1"));
    }
    return violations;
  }

  private static void fraction(List<SpecViolation> violations, String field, Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      violations.add(new SpecViolation(field, "must be between 0 and 1, e.g. 0.88 for 88%"));
    }
  }

  private static boolean atLeast(Double value, double minimum) {
    return value != null && value + ACCURACY_MARGIN >= minimum;
  }

  private static String percent(double fraction) {
    return Figures.percent(fraction);
  }
}
