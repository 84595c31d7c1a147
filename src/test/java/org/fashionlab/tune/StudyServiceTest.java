package org.fashionlab.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.fashionlab.TestAccounts;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2WebTest
class StudyServiceTest {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired StudyService studies;
  @Autowired RunService runs;

  private static StudySpec grid(ModelSpec base, Selection selection, int folds, GridAxis... axes) {
    return new StudySpec("grid test", base, List.of(axes), selection, folds);
  }

  private StudyResult awaitStudy(UUID id) {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> !studies.result(id).orElseThrow().status().equals("RUNNING"));
    return studies.result(id).orElseThrow();
  }

  @Test
  void aTwoByTwoGridGivesFourTaggedRunsAndMarksTheBest() {
    StudySpec spec =
        grid(
            RegistryFixtures.quickMlp(1_000, 1),
            Selection.HOLD_OUT,
            0,
            new GridAxis(Hyperparameter.NODES, List.of("16", "32")),
            new GridAxis(Hyperparameter.LEARNING_RATE, List.of("0.001", "0.01")));
    StudyResult started = studies.start(spec, TestAccounts.person(context, "caret"));
    assertThat(started.trials()).hasSize(4);

    StudyResult done = awaitStudy(started.id());
    assertThat(done.status()).isEqualTo("FINISHED");
    List<RunSummary> tagged = runs.ofStudy(done.id());
    assertThat(tagged)
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.FINISHED));
    assertThat(tagged).extracting(RunSummary::trial).containsExactly(0, 1, 2, 3);
    assertThat(tagged)
        .extracting(RunSummary::architecture)
        .containsExactly("784-16-10", "784-16-10", "784-32-10", "784-32-10");
    assertThat(tagged)
        .extracting(RunSummary::learningRate)
        .containsExactly(0.001, 0.01, 0.001, 0.01);

    RunSummary bestRun =
        tagged.stream()
            .max(Comparator.comparing(RunSummary::finalValidationAccuracy))
            .orElseThrow();
    TrialResult best = done.best().orElseThrow();
    assertThat(best.index()).isEqualTo(bestRun.trial());
    assertThat(best.validationAccuracy()).isEqualTo(bestRun.finalValidationAccuracy());
    assertThat(done.trials()).filteredOn(TrialResult::best).hasSize(1);
  }

  @Test
  void kFoldGivesKResultsPerTrialWithTheirMeanAndSd() {
    StudySpec spec =
        grid(
            RegistryFixtures.quickMlp(900, 1),
            Selection.K_FOLD,
            3,
            new GridAxis(Hyperparameter.NODES, List.of("16")));
    StudyResult done = awaitStudy(studies.start(spec, TestAccounts.person(context, "caret")).id());
    List<RunSummary> folds = runs.ofStudy(done.id());
    assertThat(folds).extracting(RunSummary::fold).containsExactly(0, 1, 2);
    List<Double> accuracies = folds.stream().map(RunSummary::finalValidationAccuracy).toList();
    double mean = accuracies.stream().mapToDouble(d -> d).average().orElseThrow();
    double sd = Math.sqrt(accuracies.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / 2);
    TrialResult trial = done.trials().get(0);
    assertThat(trial.runsDone()).isEqualTo(3);
    assertThat(trial.validationAccuracy())
        .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(trial.validationSd()).isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void overLimitAndInvalidGridsAreRefusedWithMessages() {
    ModelSpec base = RegistryFixtures.quickMlp(1_000, 1);
    List<String> many = IntStream.rangeClosed(1, 65).mapToObj(String::valueOf).toList();
    assertThatThrownBy(
            () ->
                studies.estimate(
                    grid(base, Selection.HOLD_OUT, 0, new GridAxis(Hyperparameter.NODES, many))))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("this grid has 65 trials; the limit is 64");
    assertThatThrownBy(
            () ->
                studies.start(
                    grid(
                        base, Selection.HOLD_OUT, 0, new GridAxis(Hyperparameter.NODES, List.of())),
                    "x"))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("give at least one value for nodes per layer");
    assertThatThrownBy(
            () ->
                studies.start(
                    grid(
                        base,
                        Selection.HOLD_OUT,
                        0,
                        new GridAxis(Hyperparameter.LEARNING_RATE, List.of("0.01", "0"))),
                    "x"))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("learning rate 0: the learning rate must be greater than 0");
    assertThatThrownBy(
            () ->
                studies.start(
                    grid(
                        base,
                        Selection.HOLD_OUT,
                        0,
                        new GridAxis(Hyperparameter.FILTERS, List.of("8"))),
                    "x"))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("conv filters apply to CNNs only");
    assertThatThrownBy(
            () ->
                studies.start(
                    grid(
                        Presets.COURSE_MLP,
                        Selection.HOLD_OUT,
                        0,
                        new GridAxis(Hyperparameter.NODES, List.of("8"))),
                    "x"))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("needs a validation split above 0");
    assertThatThrownBy(
            () ->
                studies.start(
                    grid(
                        base,
                        Selection.K_FOLD,
                        11,
                        new GridAxis(Hyperparameter.NODES, List.of("8"))),
                    "x"))
        .isInstanceOf(InvalidStudyException.class)
        .hasMessageContaining("k between 2 and 10");
  }

  @Test
  void cancellingMidStudyKeepsFinishedTrialsAndLeavesNoRunningJob() {
    ModelSpec base =
        Presets.COURSE_CNN.withTraining(
            Presets.COURSE_CNN.training().withTrainingLimit(2_000).withEpochs(1));
    StudyResult started =
        studies.start(
            grid(
                base,
                Selection.HOLD_OUT,
                0,
                new GridAxis(Hyperparameter.FILTERS, List.of("4", "8", "16", "32"))),
            TestAccounts.person(context, "caret"));
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                studies.result(started.id()).orElseThrow().trials().get(0).status()
                    == RunStatus.FINISHED);
    studies.cancel(started.id());

    StudyResult cancelled = awaitStudy(started.id());
    assertThat(cancelled.status()).isEqualTo("CANCELLED");
    assertThat(cancelled.trials().get(0).status()).isEqualTo(RunStatus.FINISHED);
    assertThat(cancelled.trials().get(3).status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(runs.ofStudy(started.id())).noneMatch(r -> r.status().isActive());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runs.list().stream().noneMatch(r -> r.status().isActive()));
  }

  @Test
  void theEstimateCountsTrialsRunsAndTime() {
    StudySpec spec =
        grid(
            RegistryFixtures.quickMlp(1_000, 2),
            Selection.K_FOLD,
            4,
            new GridAxis(Hyperparameter.LAYERS, List.of("1", "2", "3")),
            new GridAxis(Hyperparameter.OPTIMIZER, List.of("adam", "SGD")));
    StudyEstimate estimate = studies.estimate(spec);
    assertThat(estimate.trials()).isEqualTo(6);
    assertThat(estimate.runs()).isEqualTo(24);
    assertThat(estimate.seconds()).isPositive();
    assertThat(estimate.basis()).isNotBlank();
  }
}
