package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.fashionlab.Probabilities.argMax;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.storage.StorageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingServiceTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir static Path dataDir;

  private final TrainedModels models =
      new TrainedModels(
          new StorageProperties(dataDir, dataDir.resolve("uploads"), 600), new ObjectMapper());
  private final TrainingService service =
      new TrainingService(SharedDatasets.get(), models, new TrainingProperties(1, 2, 10, 100, 5));
  private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();

  TrainingServiceTest() {
    service.subscribe(events::add);
  }

  @AfterEach
  void stop() throws InterruptedException {
    service.shutdown();
    models.closeAll();
  }

  private static ModelSpec subset(ModelSpec preset, int images, int epochs) {
    TrainingSettings t = preset.training().withTrainingLimit(images).withEpochs(epochs);
    return preset.withTraining(t);
  }

  private List<TrainingEvent> eventsOf(UUID id) {
    return events.stream().filter(e -> e.jobId().equals(id)).toList();
  }

  private TrainingEvent awaitEvent(UUID id, Predicate<TrainingEvent> condition) {
    await().atMost(LIMIT).until(() -> eventsOf(id).stream().anyMatch(condition));
    return eventsOf(id).stream().filter(condition).findFirst().orElseThrow();
  }

  @Test
  void courseMlpOnSixThousandImagesReachesSeventyPercentInOneEpoch() {
    TrainingJob job = service.submit(subset(Presets.COURSE_MLP, 6_000, 1));
    TrainingEvent.Finished finished =
        (TrainingEvent.Finished) awaitEvent(job.id(), TrainingEvent.Finished.class::isInstance);

    TestResult result = finished.result();
    assertThat(result.accuracy()).isGreaterThan(0.70f);
    assertThat(result.size()).isEqualTo(10_000);
    assertThat(Arrays.stream(result.confusion()).flatMapToInt(Arrays::stream).sum())
        .isEqualTo(10_000);
    int diagonal = IntStream.range(0, 10).map(i -> result.confusion()[i][i]).sum();
    assertThat(diagonal / 10_000f).isEqualTo(result.accuracy());
    assertThat(result.perClass())
        .hasSize(10)
        .allSatisfy(c -> assertThat(c.support()).isEqualTo(1_000));
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(models.exists(job.id())).isTrue();
    // DJL names the parameter file after the last epoch: model-0001.params after one epoch.
    assertThat(models.folder(job.id()).resolve("model-0001.params")).isRegularFile();
  }

  @Test
  void earlyStoppingEndsTrainingOncePatienceRunsOut() {
    // A fast learning rate on 600 images overfits within a few epochs: validation loss turns up.
    TrainingSettings t =
        new TrainingSettings(OptimizerKind.ADAM, 0.01, 0.9, 40, 32, 0.25, 5, 600, 2);
    TrainingJob job = service.submit(Presets.COURSE_MLP.withTraining(t));
    TrainingEvent.Finished finished =
        (TrainingEvent.Finished) awaitEvent(job.id(), TrainingEvent.Finished.class::isInstance);

    List<Float> validationLosses =
        eventsOf(job.id()).stream()
            .filter(TrainingEvent.EpochEnd.class::isInstance)
            .map(e -> ((TrainingEvent.EpochEnd) e).metrics().validationLoss())
            .toList();
    int epochs = validationLosses.size();
    assertThat(epochs).isLessThan(40);
    assertThat(finished.stopReason())
        .isEqualTo(
            "Stopped early after epoch "
                + epochs
                + ": validation loss did not improve for 2 epochs");
    float bestBefore = validationLosses.subList(0, epochs - 2).stream().min(Float::compare).get();
    assertThat(validationLosses.subList(epochs - 2, epochs))
        .allSatisfy(loss -> assertThat(loss).isGreaterThanOrEqualTo(bestBefore));
    assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
  }

  @Test
  void eventsArriveInOrderAndTheModelPredictsAsEvaluated() {
    TrainingJob job = service.submit(subset(Presets.THREE_LAYER_MLP, 2_000, 2));
    awaitEvent(job.id(), TrainingEvent.Finished.class::isInstance);

    String kinds =
        eventsOf(job.id()).stream()
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.joining(" "));
    assertThat(kinds)
        .matches("Queued Started (BatchProgress )+EpochEnd (BatchProgress )+EpochEnd Finished");

    List<EpochMetrics> epochs =
        eventsOf(job.id()).stream()
            .filter(TrainingEvent.EpochEnd.class::isInstance)
            .map(e -> ((TrainingEvent.EpochEnd) e).metrics())
            .toList();
    assertThat(epochs).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    // 3-layer MLP holds out 20% for validation: 1,600 train, 400 validate.
    assertThat(epochs).allSatisfy(m -> assertThat(m.hasValidation()).isTrue());
    assertThat(epochs.get(1).trainLoss()).isLessThan(epochs.get(0).trainLoss());
    TrainingEvent.Started started = (TrainingEvent.Started) eventsOf(job.id()).get(1);
    assertThat(started.trainingImages()).isEqualTo(1_600);
    assertThat(started.validationImages()).isEqualTo(400);
    assertThat(started.batchesPerEpoch()).isEqualTo(50);

    TestResult result = job.snapshot().finished().result();
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      images.add(SharedDatasets.get().input(Split.TEST, i));
    }
    List<float[]> probabilities = models.predict(job.id(), images);
    for (int i = 0; i < 20; i++) {
      float[] p = probabilities.get(i);
      assertThat(argMax(p)).isEqualTo(result.predictions()[i]);
      assertThat(sum(p)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    }
  }

  @Test
  void courseCnnWithRmsPropLearns() {
    TrainingJob job = service.submit(subset(Presets.COURSE_CNN, 3_000, 1));
    TrainingEvent.Finished finished =
        (TrainingEvent.Finished) awaitEvent(job.id(), TrainingEvent.Finished.class::isInstance);
    assertThat(finished.result().accuracy()).isGreaterThan(0.65f);
  }

  @Test
  void cancelStopsWithinOneBatch() {
    AtomicLong stepAtCancel = new AtomicLong(-1);
    ModelSpec spec = subset(Presets.COURSE_CNN, 6_000, 5);
    service.subscribe(
        event -> {
          if (event instanceof TrainingEvent.BatchProgress p && stepAtCancel.get() < 0) {
            // Runs on the training thread right after batch p.batch() was trained.
            stepAtCancel.set((long) (p.epoch() - 1) * p.batchesPerEpoch() + p.batch());
            service.cancel(p.jobId());
          }
        });
    TrainingJob job = service.submit(spec);
    TrainingEvent.Cancelled cancelled =
        (TrainingEvent.Cancelled) awaitEvent(job.id(), TrainingEvent.Cancelled.class::isInstance);
    assertThat(cancelled.batchesTrained()).isEqualTo(stepAtCancel.get() + 1);
    assertThat(cancelled.epochsCompleted()).isZero();
    assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(models.exists(job.id())).isFalse();
  }

  @Test
  void secondSubmissionWaitsInTheQueueUntilTheFirstEnds() {
    TrainingJob first = service.submit(subset(Presets.COURSE_CNN, 6_000, 5));
    awaitEvent(first.id(), TrainingEvent.BatchProgress.class::isInstance);
    TrainingJob second = service.submit(subset(Presets.COURSE_MLP, 1_000, 1));

    assertThat(eventsOf(second.id())).containsExactly(new TrainingEvent.Queued(second.id(), 1));
    assertThat(second.snapshot().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(second.snapshot().queuePosition()).isEqualTo(1);
    assertThat(first.status()).isEqualTo(JobStatus.RUNNING);

    service.cancel(first.id());
    awaitEvent(second.id(), TrainingEvent.Finished.class::isInstance);
    assertThat(first.status()).isEqualTo(JobStatus.CANCELLED);
  }

  @Test
  void cancellingAQueuedJobMeansItNeverStarts() {
    TrainingJob first = service.submit(subset(Presets.COURSE_CNN, 6_000, 5));
    TrainingJob second = service.submit(subset(Presets.COURSE_MLP, 1_000, 1));
    assertThat(service.cancel(second.id())).isTrue();
    service.cancel(first.id());
    awaitEvent(first.id(), TrainingEvent.Cancelled.class::isInstance);
    assertThat(eventsOf(second.id()))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Queued", "Cancelled");
  }

  @Test
  void invalidSpecIsRefusedBeforeQueueing() {
    TrainingSettings t = Presets.COURSE_MLP.training();
    ModelSpec bad =
        Presets.COURSE_MLP.withTraining(
            new TrainingSettings(t.optimizer(), -1, 0, 0, 32, 0, 1, 0, 0));
    assertThatThrownBy(() -> service.submit(bad))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("learning rate must be greater than 0")
        .hasMessageContaining("train for 1 to 100 epochs");
    assertThat(service.jobs()).isEmpty();
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) {
      s += v;
    }
    return s;
  }
}
