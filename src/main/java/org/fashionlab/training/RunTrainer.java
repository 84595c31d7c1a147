package org.fashionlab.training;

import java.util.UUID;

/**
 * Trains one run: builds the network of its spec, trains it while reporting to the sink, evaluates
 * it on the test set and hands back the trained parameters.
 */
public interface RunTrainer {

  /**
   * Trains {@code request} for run {@code runId}.
   *
   * @return the test result, timings and trained parameters (nothing is stored yet)
   * @throws TrainingStoppedException when the sink asked to stop
   * @throws TrainingFailedException when the run cannot train, with a reason a student can act on
   */
  TrainedRun train(UUID runId, TrainingRequest request, ProgressSink sink);
}
