package org.fashionlab.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** Two tiny course MLPs (1,000 images, one epoch) that differ in learning rate and batch size. */
final class TrainedRuns {

  static final String FIRST = "models-page A";
  static final String SECOND = "models-page B";

  private TrainedRuns() {}

  /** The two runs, trained once per test context and reused after. */
  static synchronized List<RunSummary> ensure(RunService runs, TrainingQueue queue, String owner) {
    return List.of(
        find(runs, FIRST).orElseGet(() -> train(runs, queue, owner, FIRST, 0.001, 32)),
        find(runs, SECOND).orElseGet(() -> train(runs, queue, owner, SECOND, 0.003, 64)));
  }

  static Optional<RunSummary> find(RunService runs, String name) {
    return runs.list().stream()
        .filter(r -> r.name().equals(name) && r.status() == RunStatus.FINISHED)
        .findFirst();
  }

  static ModelSpec spec(String name, double learningRate, int batchSize) {
    return Presets.COURSE_MLP
        .withName(name)
        .withTraining(
            TrainingSettings.of(OptimizerKind.ADAM, learningRate, 1, batchSize)
                .withValidationSplit(0.2)
                .withTrainingLimit(1_000));
  }

  static RunSummary train(
      RunService runs,
      TrainingQueue queue,
      String owner,
      String name,
      double learningRate,
      int batchSize) {
    ModelSpec spec = spec(name, learningRate, batchSize);
    UUID id = queue.submit(spec, owner).id();
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> runs.summary(id).map(r -> !r.status().isActive()).orElse(false));
    RunSummary done = runs.summary(id).orElseThrow();
    assertThat(done.status()).as(done.message()).isEqualTo(RunStatus.FINISHED);
    return done;
  }
}
