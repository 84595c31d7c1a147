package org.fashionlab.training;

import java.util.UUID;

/**
 * Trains one run: builds the network of its spec, trains it while reporting to the sink, evaluates
 * it on the test set and saves the model under the run's id.
 */
public interface RunTrainer {

  /**
   * Trains {@code request} for run {@code runId}.
   *
   * @return the test result and timings; the model is saved under {@code runId}
   * @throws TrainingStoppedException when the sink asked to stop
   * @throws TrainingFailedException when the run cannot train, with a reason a student can act on
   */
  TrainedRun train(UUID runId, TrainingRequest request, ProgressSink sink);

  /** Removes the model saved under {@code runId}, wherever this trainer keeps it. */
  void discard(UUID runId);
}
