package org.fashionlab.registry;

import java.time.Instant;
import org.fashionlab.training.TrainingPhase;

/**
 * Where a run's current attempt is, as stored by the process training it.
 *
 * @param attempt 1 for the first try, 2 after a retry; 0 while it never started
 * @param worker the process training (or that trained) it, or null
 * @param phase what it is doing, null when not running
 * @param epoch 1-based epoch of the latest report, or null before one
 * @param etaSeconds seconds left until the run is done, measured on its own batches, or null
 * @param progressAt wall-clock time of the newest batch reported, or null
 */
public record RunProgress(
    int attempt,
    String worker,
    TrainingPhase phase,
    Instant startedAt,
    Integer epoch,
    Integer batch,
    Integer batchesPerEpoch,
    Integer trainingImages,
    Integer validationImages,
    Integer threads,
    Double runningAccuracy,
    Double elapsedSeconds,
    Double etaSeconds,
    Instant progressAt,
    boolean cancelRequested) {

  /** Share of all batches done, 0..1, or 0 before the first report. */
  public double fractionDone(int epochs) {
    if (epoch == null || batch == null || batchesPerEpoch == null || batchesPerEpoch == 0) {
      return 0;
    }
    return Math.min(1, (epoch - 1 + (double) batch / batchesPerEpoch) / Math.max(1, epochs));
  }
}
