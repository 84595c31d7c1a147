package org.fashionlab.training;

import java.util.List;
import java.util.OptionalInt;

/**
 * Metrics of one epoch. Validation values are NaN when no validation split was held out.
 *
 * @param epoch 1-based epoch
 * @param seconds wall time of the epoch, validation included
 */
public record EpochMetrics(
    int epoch,
    float trainLoss,
    float trainAccuracy,
    float validationLoss,
    float validationAccuracy,
    double seconds) {

  public boolean hasValidation() {
    return !Float.isNaN(validationLoss);
  }

  /**
   * The best epoch of a history: the one with the lowest validation loss (the earliest of equals),
   * or empty when no epoch was validated. Training longer than this is what overfitting costs.
   */
  public static OptionalInt bestEpoch(List<EpochMetrics> history) {
    EpochMetrics best = null;
    for (EpochMetrics m : history) {
      if (Float.isFinite(m.validationLoss())
          && (best == null || m.validationLoss() < best.validationLoss())) {
        best = m;
      }
    }
    return best == null ? OptionalInt.empty() : OptionalInt.of(best.epoch());
  }
}
