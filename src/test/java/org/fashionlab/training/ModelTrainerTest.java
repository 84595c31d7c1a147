package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fashionlab.Probabilities.argMax;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainerTest {

  @TempDir static Path dataDir;

  private final TrainedModels models = TestTrainers.models(dataDir);
  private final RunTrainer trainer = TestTrainers.trainer(SharedDatasets.get());

  @AfterEach
  void close() {
    models.closeAll();
  }

  private static ModelSpec subset(ModelSpec preset, int images, int epochs) {
    TrainingSettings t = preset.training().withTrainingLimit(images).withEpochs(epochs);
    return preset.withTraining(t);
  }

  private TrainedRun train(UUID id, ModelSpec spec, RecordingSink sink) {
    return TestTrainers.trainAndStore(trainer, models, id, TrainingRequest.of(spec, "test"), sink);
  }

  @Test
  void courseMlpOnSixThousandImagesReachesSeventyPercentInOneEpoch() {
    UUID id = UUID.randomUUID();
    TrainedRun run = train(id, subset(Presets.COURSE_MLP, 6_000, 1), new RecordingSink());
    TestResult result = run.result();

    assertThat(result.accuracy()).isGreaterThan(0.70f);
    assertThat(result.size()).isEqualTo(10_000);
    assertThat(Arrays.stream(result.confusion()).flatMapToInt(Arrays::stream).sum())
        .isEqualTo(10_000);
    int diagonal = IntStream.range(0, 10).map(i -> result.confusion()[i][i]).sum();
    assertThat(diagonal / 10_000f).isEqualTo(result.accuracy());
    assertThat(result.perClass())
        .hasSize(10)
        .allSatisfy(c -> assertThat(c.support()).isEqualTo(1_000));
    // DJL's parameter file: its header and the 101,770 floats of the course MLP.
    assertThat(run.parameters().length).isBetween(101_770 * 4, 101_770 * 4 + 4_096);
    assertThat(models.stored(id).orElseThrow().parameters()).isEqualTo(run.parameters());
  }

  @Test
  void earlyStoppingEndsTrainingOncePatienceRunsOut() {
    // A fast learning rate on 600 images overfits within a few epochs: validation loss turns up.
    TrainingSettings t =
        new TrainingSettings(OptimizerKind.ADAM, 0.01, 0.9, 40, 32, 0.25, 5, 600, 2);
    RecordingSink sink = new RecordingSink();
    TrainedRun run = train(UUID.randomUUID(), Presets.COURSE_MLP.withTraining(t), sink);

    List<Float> validationLosses =
        sink.of(EpochMetrics.class).stream().map(EpochMetrics::validationLoss).toList();
    int epochs = validationLosses.size();
    assertThat(epochs).isLessThan(40);
    assertThat(run.stopReason())
        .isEqualTo(
            "Stopped early after epoch "
                + epochs
                + ": validation loss did not improve for 2 epochs");
    float bestBefore = validationLosses.subList(0, epochs - 2).stream().min(Float::compare).get();
    assertThat(validationLosses.subList(epochs - 2, epochs))
        .allSatisfy(loss -> assertThat(loss).isGreaterThanOrEqualTo(bestBefore));
  }

  @Test
  void reportsArriveInOrderAndTheModelPredictsAsEvaluated() {
    UUID id = UUID.randomUUID();
    RecordingSink sink = new RecordingSink();
    TrainedRun run = train(id, subset(Presets.THREE_LAYER_MLP, 2_000, 2), sink);

    String kinds =
        sink.reports.stream()
            .map(r -> r instanceof TrainingPhase p ? p.name() : r.getClass().getSimpleName())
            .collect(Collectors.joining(" "));
    assertThat(kinds)
        .matches(
            "TrainingStart TRAINING (BatchProgress )+VALIDATING EpochMetrics TRAINING"
                + " (BatchProgress )+VALIDATING EpochMetrics TRAINING TESTING SAVING");

    List<EpochMetrics> epochs = sink.of(EpochMetrics.class);
    assertThat(epochs).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    // 3-layer MLP holds out 20% for validation: 1,600 train, 400 validate.
    assertThat(epochs).allSatisfy(m -> assertThat(m.hasValidation()).isTrue());
    assertThat(epochs.get(1).trainLoss()).isLessThan(epochs.get(0).trainLoss());
    TrainingStart start = sink.of(TrainingStart.class).get(0);
    assertThat(start.trainingImages()).isEqualTo(1_600);
    assertThat(start.validationImages()).isEqualTo(400);
    assertThat(start.batchesPerEpoch()).isEqualTo(50);
    List<BatchProgress> progress = sink.of(BatchProgress.class);
    BatchProgress last = progress.get(progress.size() - 1);
    assertThat(last.epoch()).isEqualTo(2);
    assertThat(last.batch()).isEqualTo(50);
    assertThat(progress.stream().flatMap(p -> p.newLosses().stream()).map(LossPoint::step))
        .isSorted()
        .doesNotHaveDuplicates()
        .endsWith(100L);

    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      images.add(SharedDatasets.get().input(Split.TEST, i));
    }
    List<float[]> probabilities = models.predict(id, images);
    for (int i = 0; i < 20; i++) {
      float[] p = probabilities.get(i);
      assertThat(argMax(p)).isEqualTo(run.result().predictions()[i]);
      assertThat(sum(p)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    }
  }

  @Test
  void courseCnnWithRmsPropLearns() {
    TrainedRun run =
        train(UUID.randomUUID(), subset(Presets.COURSE_CNN, 3_000, 1), new RecordingSink());
    assertThat(run.result().accuracy()).isGreaterThan(0.65f);
  }

  /** Batch norm, dropout, SAME padding and the cosine schedule together, on a small subset. */
  @Test
  void theStrongCnnPresetLearns() {
    TrainedRun run =
        train(UUID.randomUUID(), subset(Presets.STRONG_CNN, 4_000, 2), new RecordingSink());
    assertThat(run.result().accuracy()).isGreaterThan(0.7f);
  }

  @Test
  void aStopRequestEndsTrainingWithinOneBatchAndStoresNothing() {
    UUID id = UUID.randomUUID();
    // The sink says stop once the first progress report is in: the very next batch check stops.
    RecordingSink sink = new RecordingSink().stopWhen(s -> !s.of(BatchProgress.class).isEmpty());
    assertThatThrownBy(() -> train(id, subset(Presets.COURSE_CNN, 6_000, 5), sink))
        .isInstanceOfSatisfying(
            TrainingStoppedException.class,
            e -> {
              BatchProgress first = sink.of(BatchProgress.class).get(0);
              assertThat(e.batchesTrained()).isEqualTo(first.batch() + 1L);
              assertThat(e.epochsCompleted()).isZero();
            });
    assertThat(models.exists(id)).isFalse();
  }

  @Test
  void theRemainingTimeCountsValidationAndTheTestSet() {
    RecordingSink sink = new RecordingSink();
    train(UUID.randomUUID(), subset(Presets.THREE_LAYER_MLP, 2_000, 3), sink);
    List<BatchProgress> progress = sink.of(BatchProgress.class);
    BatchProgress endOfTraining = progress.get(progress.size() - 1);
    // After the last batch, the test set (10,000 images) is still to be evaluated.
    assertThat(endOfTraining.etaSeconds()).isPositive();
    assertThat(progress.stream().filter(p -> Double.isFinite(p.etaSeconds())))
        .allSatisfy(p -> assertThat(p.etaSeconds()).isLessThan(60));
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) {
      s += v;
    }
    return s;
  }
}
