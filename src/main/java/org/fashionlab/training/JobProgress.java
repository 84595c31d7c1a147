package org.fashionlab.training;

import ai.djl.TrainingDivergedException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns the training loop's state into {@link TrainingEvent}s: sampled losses and progress a few
 * times per second, metrics at every epoch end. Stops the training, within one batch, when the job
 * is cancelled, and fails it when the loss stops being a finite number.
 */
final class JobProgress {

  private final UUID jobId;
  private final BooleanSupplier cancelled;
  private final Consumer<TrainingEvent> publish;
  private final int batchesPerEpoch;
  private final long totalBatches;
  private final int sampleEvery;
  private final long intervalNanos;
  private final long startNanos = System.nanoTime();
  private final List<LossPoint> pending = new ArrayList<>();

  private long epochStartNanos = startNanos;
  private long lastPublishNanos;
  private long step;
  private int epoch = 1;
  private int batch;
  private int windowSize;
  private double windowStartLoss;
  private long windowStartSamples;
  private int epochsCompleted;

  JobProgress(
      UUID jobId,
      BooleanSupplier cancelled,
      Consumer<TrainingEvent> publish,
      int batchesPerEpoch,
      int epochs,
      int lossPointsPerEpoch,
      long intervalMillis) {
    this.jobId = jobId;
    this.cancelled = cancelled;
    this.publish = publish;
    this.batchesPerEpoch = batchesPerEpoch;
    this.totalBatches = (long) batchesPerEpoch * epochs;
    this.sampleEvery = Math.max(1, batchesPerEpoch / lossPointsPerEpoch);
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  int epochsCompleted() {
    return epochsCompleted;
  }

  long batchesTrained() {
    return step;
  }

  /** Called after each training batch has been trained and its step taken. */
  void afterBatch(RunningMetrics metrics) {
    step++;
    stopIfCancelled();
    batch++;
    windowSize++;
    boolean endOfEpoch = batch == batchesPerEpoch;
    if (windowSize == sampleEvery || endOfEpoch) {
      double lossSum = metrics.lossSum();
      double windowLoss = (lossSum - windowStartLoss) / (metrics.samples() - windowStartSamples);
      if (!Double.isFinite(windowLoss)) {
        throw new TrainingDivergedException("The loss became " + windowLoss + " at step " + step);
      }
      pending.add(new LossPoint(step, (float) windowLoss));
      windowStartLoss = lossSum;
      windowStartSamples = metrics.samples();
      windowSize = 0;
    }
    long now = System.nanoTime();
    if (endOfEpoch || now - lastPublishNanos >= intervalNanos) {
      lastPublishNanos = now;
      double elapsed = (now - startNanos) / 1e9;
      double eta = elapsed / step * (totalBatches - step);
      publish.accept(
          new TrainingEvent.BatchProgress(
              jobId,
              epoch,
              batch,
              batchesPerEpoch,
              (float) metrics.accuracy(),
              pending,
              elapsed,
              eta));
      pending.clear();
    }
  }

  /** Called between validation batches. */
  void duringValidation() {
    stopIfCancelled();
  }

  /**
   * Called at the end of each epoch with its training metrics and the validation measurement
   * ({@code null} without a validation split).
   */
  void afterEpoch(RunningMetrics training, TestResult validation) {
    long now = System.nanoTime();
    EpochMetrics metrics =
        new EpochMetrics(
            epoch,
            (float) (training.lossSum() / training.samples()),
            (float) training.accuracy(),
            validation == null ? Float.NaN : validation.loss(),
            validation == null ? Float.NaN : validation.accuracy(),
            (now - epochStartNanos) / 1e9);
    epochsCompleted = epoch;
    publish.accept(new TrainingEvent.EpochEnd(jobId, metrics));
    epoch++;
    batch = 0;
    windowSize = 0;
    windowStartLoss = 0;
    windowStartSamples = 0;
    epochStartNanos = now;
  }

  private void stopIfCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new TrainingCancelledException();
    }
  }
}
