package org.fashionlab.training;

import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Evaluator;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns the trainer's state into {@link TrainingEvent}s: sampled losses and progress a few times
 * per second, metrics at every epoch end. Stops the training, within one batch, when the job is
 * cancelled. Must be added after DJL's {@link EvaluatorTrainingListener}, whose values it reads.
 */
final class JobProgressListener extends TrainingListenerAdapter {

  private final UUID jobId;
  private final EvaluatorTrainingListener evaluations;
  private final Evaluator accuracy;
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
  private double windowLoss;
  private int windowSize;
  private int epochsCompleted;

  JobProgressListener(
      UUID jobId,
      EvaluatorTrainingListener evaluations,
      Evaluator accuracy,
      BooleanSupplier cancelled,
      Consumer<TrainingEvent> publish,
      int batchesPerEpoch,
      int epochs,
      int lossPointsPerEpoch,
      long intervalMillis) {
    this.jobId = jobId;
    this.evaluations = evaluations;
    this.accuracy = accuracy;
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

  @Override
  public void onTrainingBatch(Trainer trainer, BatchData batchData) {
    step++; // this batch has been trained and its step taken
    stopIfCancelled();
    batch++;
    windowLoss += trainer.getLoss().getAccumulator(EvaluatorTrainingListener.TRAIN_ALL);
    windowSize++;
    boolean endOfEpoch = batch == batchesPerEpoch;
    if (windowSize == sampleEvery || endOfEpoch) {
      pending.add(new LossPoint(step, (float) (windowLoss / windowSize)));
      windowLoss = 0;
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
              accuracy.getAccumulator(EvaluatorTrainingListener.TRAIN_EPOCH),
              pending,
              elapsed,
              eta));
      pending.clear();
    }
  }

  @Override
  public void onValidationBatch(Trainer trainer, BatchData batchData) {
    stopIfCancelled();
  }

  @Override
  public void onEpoch(Trainer trainer) {
    Map<String, Float> latest = evaluations.getLatestEvaluations();
    long now = System.nanoTime();
    EpochMetrics metrics =
        new EpochMetrics(
            epoch,
            latest.getOrDefault("train_loss", Float.NaN),
            latest.getOrDefault("train_" + accuracy.getName(), Float.NaN),
            latest.getOrDefault("validate_loss", Float.NaN),
            latest.getOrDefault("validate_" + accuracy.getName(), Float.NaN),
            (now - epochStartNanos) / 1e9);
    epochsCompleted = epoch;
    publish.accept(new TrainingEvent.EpochEnd(jobId, metrics));
    epoch++;
    batch = 0;
    epochStartNanos = now;
  }

  private void stopIfCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new TrainingCancelledException();
    }
  }
}
