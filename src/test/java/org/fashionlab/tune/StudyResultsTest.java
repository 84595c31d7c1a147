package org.fashionlab.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fashionlab.budget.BudgetProperties;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;

/** A study read back after a restart: finished trials kept, the rest shown as interrupted. */
class StudyResultsTest {

  private final StudySpec spec =
      new StudySpec(
          "after restart",
          Presets.THREE_LAYER_MLP,
          List.of(new GridAxis(Hyperparameter.NODES, List.of("16", "32", "64"))),
          Selection.HOLD_OUT,
          0);
  private final List<Trial> trials =
      new StudyPlanner(64, new ComputeBudgets(BudgetProperties.defaults())).plan(spec);

  private static RunSummary run(int trial, RunStatus status, Double validation) {
    return new RunSummary(
        UUID.randomUUID(),
        "t" + trial,
        "ada",
        "MLP",
        "784-16-10",
        1,
        "Adam",
        0.001,
        32,
        5,
        status == RunStatus.FINISHED ? 5 : 2,
        status == RunStatus.FINISHED ? 3.0 : null,
        0.9,
        validation,
        status == RunStatus.FINISHED ? 0.85 : null,
        null,
        status,
        null,
        Instant.now(),
        UUID.randomUUID(),
        trial,
        null,
        null,
        false,
        "ReLU",
        0.0,
        0.2,
        60_000,
        42,
        null,
        null);
  }

  @Test
  void afterARestartFinishedTrialsAreKeptAndTheRestShownInterrupted() {
    List<RunSummary> runs =
        List.of(
            run(0, RunStatus.FINISHED, 0.81),
            run(1, RunStatus.INTERRUPTED, 0.70),
            run(2, RunStatus.INTERRUPTED, null));
    StudyResult result =
        new StudyResults()
            .of(UUID.randomUUID(), "s", "ada", Instant.now(), spec, trials, false, runs, null);

    assertThat(result.status()).isEqualTo("INTERRUPTED");
    assertThat(result.trials())
        .extracting(TrialResult::status)
        .containsExactly(RunStatus.FINISHED, RunStatus.INTERRUPTED, RunStatus.INTERRUPTED);
    assertThat(result.trials().get(0).validationAccuracy()).isEqualTo(0.81);
    assertThat(result.trials().get(1).validationAccuracy()).isNull();
    assertThat(result.best().orElseThrow().index()).isZero();
    assertThat(result.runsDone()).isEqualTo(3);
  }

  @Test
  void aTrialWithoutRunsYetIsShownInterruptedNotFinished() {
    StudyResult result =
        new StudyResults()
            .of(
                UUID.randomUUID(),
                "s",
                "ada",
                Instant.now(),
                spec,
                trials,
                false,
                List.of(run(0, RunStatus.FINISHED, 0.8)),
                null);
    assertThat(result.trials().get(2).status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(result.trials().get(2).runsDone()).isZero();
  }

  @Test
  void sampleStandardDeviationMatchesCaret() {
    assertThat(StudyResults.sd(List.of(0.8, 0.9, 1.0), 0.9))
        .isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(StudyResults.sd(List.of(0.8), 0.8)).isZero();
  }
}
