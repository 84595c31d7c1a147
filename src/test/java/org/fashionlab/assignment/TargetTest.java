package org.fashionlab.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;

class TargetTest {

  static RunSummary run(String kind, long parameters, int epochs, Double validation, Double test) {
    return new RunSummary(
        UUID.randomUUID(),
        "r",
        "ada",
        kind,
        "784-128-10",
        parameters,
        "Adam",
        0.001,
        32,
        epochs,
        epochs,
        1.0,
        0.9,
        validation,
        test,
        0.3,
        RunStatus.FINISHED,
        null,
        Instant.now(),
        null,
        null,
        null,
        UUID.randomUUID(),
        false,
        "ReLU",
        0.0,
        0.2,
        10_000,
        42,
        epochs,
        null);
  }

  private final Target target = new Target(0.88, 0.87, 100_000L, ModelKind.MLP, 10);

  @Test
  void aRunExactlyAtEveryLimitMeetsTheTarget() {
    assertThat(target.unmet(run("MLP", 100_000, 10, 0.87, 0.88))).isEmpty();
  }

  @Test
  void anAccuracyStoredAsAFloatStillMeetsAMinimumItEquals() {
    double stored = (double) 0.88f; // 0.8799999952...: how 8,800 of 10,000 reads back
    assertThat(stored).isLessThan(0.88);
    assertThat(target.isMetBy(run("MLP", 1, 1, (double) 0.87f, stored))).isTrue();
  }

  @Test
  void oneImageBelowAMinimumAccuracyMissesIt() {
    assertThat(target.unmet(run("MLP", 1, 1, 0.87, 0.8799)))
        .containsExactly("test accuracy below 88.00%");
    assertThat(target.unmet(run("MLP", 1, 1, 0.8699, 0.9)))
        .containsExactly("validation accuracy below 87.00%");
  }

  @Test
  void oneParameterOrOneEpochTooManyMissesTheLimit() {
    assertThat(target.unmet(run("MLP", 100_001, 11, 0.9, 0.9)))
        .containsExactly("more than 100,000 parameters", "more than 10 epochs");
  }

  @Test
  void aCnnMissesAnMlpOnlyTargetAndAnyKindAdmitsBoth() {
    assertThat(target.unmet(run("CNN", 1, 1, 0.9, 0.9))).containsExactly("not a MLP");
    Target any = new Target(null, null, null, null, null);
    assertThat(any.isMetBy(run("CNN", 1_000_000, 50, null, null))).isTrue();
    assertThat(any.kind()).isEqualTo(ModelKind.ANY);
  }

  @Test
  void aRunWithoutTestOrValidationAccuracyMissesAMinimumOnIt() {
    assertThat(target.unmet(run("MLP", 1, 1, null, null)))
        .containsExactly("test accuracy below 88.00%", "validation accuracy below 87.00%");
  }

  @Test
  void theTargetReadsInWords() {
    assertThat(target.describe())
        .isEqualTo(
            "test accuracy ≥ 88.00%, validation accuracy ≥ 87.00%, at most 100,000 parameters,"
                + " MLP only, at most 10 epochs");
    assertThat(Target.NONE.describe()).isEqualTo("any finished run");
  }

  @Test
  void limitsOutsideTheirRangeAreRefusedByField() {
    assertThat(new Target(1.2, -0.1, 0L, null, 0).violations("target."))
        .extracting(SpecViolation::field)
        .containsExactly(
            "target.minTestAccuracy",
            "target.minValidationAccuracy",
            "target.maxParameters",
            "target.maxEpochs");
    assertThat(new Target(1.0, 0.0, 1L, null, 1).violations("")).isEmpty();
  }
}
