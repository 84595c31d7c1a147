package org.fashionlab.training;

import ai.djl.TrainingDivergedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the training loop's state into reports for a {@link ProgressSink}: sampled losses and
 * progress a few times per second, metrics at every epoch end. Stops the training, within one
 * batch, when the sink asks for it, and fails it when the loss stops being a finite number.
 *
 * <p>The time left is estimated from this run's own measured speed: seconds per training batch
 * (after the first few, which pay for warm-up), and evaluation seconds per image from the
 * validation passes already done (before the first one, a third of a training image, since
 * evaluation skips the backward pass), for the validation passes left and the 10,000 test images.
 */
final class ProgressReporter {

  static final int TEST_IMAGES = 10_000;
  private static final int WARM_UP_BATCHES = 5;

  private final ProgressSink sink;
  private final int batchesPerEpoch;
  private final int epochs;
  private final long totalBatches;
  private final int sampleEvery;
  private final long intervalNanos;
  private final int batchSize;
  private final int validationImages;
  private final long startNanos = System.nanoTime();
  private final List<LossPoint> pending = new ArrayList<>();

  private long lastPublishNanos;
  private long lastBatchNanos = startNanos;
  private long epochStartNanos = startNanos;
  private long measuredTrainNanos;
  private long measuredBatches;
  private long validationNanos;
  private long validatedImages;
  private long step;
  private int epoch = 1;
  private int batch;
  private int windowSize;
  private double windowStartLoss;
  private long windowStartSamples;
  private int epochsCompleted;

  ProgressReporter(
      ProgressSink sink,
      TrainingStart start,
      int batchSize,
      int lossPointsPerEpoch,
      long intervalMillis) {
    this.sink = sink;
    this.batchesPerEpoch = start.batchesPerEpoch();
    this.epochs = start.epochs();
    this.totalBatches = (long) batchesPerEpoch * epochs;
    this.sampleEvery = Math.max(1, batchesPerEpoch / lossPointsPerEpoch);
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.batchSize = batchSize;
    this.validationImages = start.validationImages();
    sink.started(start);
    sink.phase(TrainingPhase.TRAINING);
  }

  int epochsCompleted() {
    return epochsCompleted;
  }

  long batchesTrained() {
    return step;
  }

  /** Called after each training batch has been trained and its step taken. */
  void afterBatch(BatchTotals totals) {
    long now = System.nanoTime();
    step++;
    if (batch >= WARM_UP_BATCHES || epoch > 1) {
      measuredTrainNanos += now - lastBatchNanos;
      measuredBatches++;
    }
    lastBatchNanos = now;
    stopIfRequested();
    batch++;
    windowSize++;
    boolean endOfEpoch = batch == batchesPerEpoch;
    if (windowSize == sampleEvery || endOfEpoch) {
      double lossSum = totals.lossSum();
      double windowLoss = (lossSum - windowStartLoss) / (totals.samples() - windowStartSamples);
      if (!Double.isFinite(windowLoss)) {
        throw new TrainingDivergedException("The loss became " + windowLoss + " at step " + step);
      }
      pending.add(new LossPoint(step, (float) windowLoss));
      windowStartLoss = lossSum;
      windowStartSamples = totals.samples();
      windowSize = 0;
    }
    if (endOfEpoch || now - lastPublishNanos >= intervalNanos) {
      lastPublishNanos = now;
      sink.batches(
          new BatchProgress(
              epoch,
              batch,
              batchesPerEpoch,
              (float) totals.accuracy(),
              pending,
              (now - startNanos) / 1e9,
              secondsLeft(),
              System.currentTimeMillis()));
      pending.clear();
    }
  }

  /** Seconds until the run is done: batches, validation passes and the test set left. */
  double secondsLeft() {
    if (measuredBatches == 0) {
      return Double.NaN;
    }
    double perBatch = measuredTrainNanos / 1e9 / measuredBatches;
    double evalPerImage =
        validatedImages > 0
            ? validationNanos / 1e9 / validatedImages
            : perBatch / Math.max(1, batchSize) / 3;
    int validationsLeft = validationImages == 0 ? 0 : epochs - epochsCompleted;
    return (totalBatches - step) * perBatch
        + (validationsLeft * (double) validationImages + TEST_IMAGES) * evalPerImage;
  }

  /** Called once before the validation pass of an epoch. */
  void beforeValidation() {
    sink.phase(TrainingPhase.VALIDATING);
  }

  /** Called between validation batches. */
  void duringValidation() {
    stopIfRequested();
  }

  /**
   * Called at the end of each epoch with its training metrics and the validation measurement
   * ({@code null} without a validation split).
   */
  void afterEpoch(BatchTotals training, TestResult validation) {
    long now = System.nanoTime();
    if (validation != null) {
      validationNanos += now - lastBatchNanos;
      validatedImages += validation.size();
    }
    EpochMetrics metrics =
        new EpochMetrics(
            epoch,
            (float) (training.lossSum() / training.samples()),
            (float) training.accuracy(),
            validation == null ? Float.NaN : validation.loss(),
            validation == null ? Float.NaN : validation.accuracy(),
            (now - epochStartNanos) / 1e9);
    epochsCompleted = epoch;
    sink.epochEnded(metrics);
    epoch++;
    batch = 0;
    windowSize = 0;
    windowStartLoss = 0;
    windowStartSamples = 0;
    epochStartNanos = now;
    lastBatchNanos = now;
    sink.phase(TrainingPhase.TRAINING);
  }

  /** Called when the epochs are over and the test evaluation begins. */
  void beforeTest() {
    sink.phase(TrainingPhase.TESTING);
  }

  private void stopIfRequested() {
    if (sink.stopRequested()) {
      throw new TrainingStoppedException(epochsCompleted, step);
    }
  }
}
