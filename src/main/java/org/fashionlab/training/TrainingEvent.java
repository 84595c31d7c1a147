package org.fashionlab.training;

import java.util.List;
import java.util.UUID;

/** What happens to a training job, published in order for each job. */
public sealed interface TrainingEvent {

  UUID jobId();

  /** Waiting; {@code position} 1 runs next. */
  record Queued(UUID jobId, int position) implements TrainingEvent {}

  /** Running: the sizes that progress is measured against. */
  record Started(
      UUID jobId,
      int epochs,
      int batchesPerEpoch,
      int trainingImages,
      int validationImages,
      int threads)
      implements TrainingEvent {}

  /**
   * Progress within an epoch, sent a few times per second at most.
   *
   * @param epoch 1-based epoch
   * @param batch batches done in this epoch
   * @param runningAccuracy training accuracy over this epoch's batches so far
   * @param newLosses sampled batch losses since the previous progress event
   * @param etaSeconds estimated seconds until training ends (before the test evaluation)
   */
  record BatchProgress(
      UUID jobId,
      int epoch,
      int batch,
      int batchesPerEpoch,
      float runningAccuracy,
      List<LossPoint> newLosses,
      double elapsedSeconds,
      double etaSeconds)
      implements TrainingEvent {

    public BatchProgress {
      newLosses = List.copyOf(newLosses);
    }
  }

  /** One epoch done, with its training and validation metrics. */
  record EpochEnd(UUID jobId, EpochMetrics metrics) implements TrainingEvent {}

  /** Trained and evaluated on the test set. {@code stopReason} says why it ended early, or null. */
  record Finished(UUID jobId, TestResult result, double trainingSeconds, String stopReason)
      implements TrainingEvent {}

  /** Could not train; the message says why. */
  record Failed(UUID jobId, String message) implements TrainingEvent {}

  /**
   * Stopped by a user.
   *
   * @param epochsCompleted full epochs done before the stop
   * @param batchesTrained batches trained in all, over all epochs
   */
  record Cancelled(UUID jobId, int epochsCompleted, long batchesTrained) implements TrainingEvent {}
}
