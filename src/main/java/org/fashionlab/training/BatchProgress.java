package org.fashionlab.training;

import java.util.List;

/**
 * Progress within an epoch, reported a few times per second at most.
 *
 * @param epoch 1-based epoch
 * @param batch batches done in this epoch
 * @param runningAccuracy training accuracy over this epoch's batches so far
 * @param newLosses sampled batch losses since the previous report
 * @param elapsedSeconds since training began
 * @param etaSeconds estimated seconds until the run is done, test evaluation included
 * @param atMillis wall-clock time of the newest batch (epoch milliseconds)
 */
public record BatchProgress(
    int epoch,
    int batch,
    int batchesPerEpoch,
    float runningAccuracy,
    List<LossPoint> newLosses,
    double elapsedSeconds,
    double etaSeconds,
    long atMillis) {

  public BatchProgress {
    newLosses = List.copyOf(newLosses);
  }
}
