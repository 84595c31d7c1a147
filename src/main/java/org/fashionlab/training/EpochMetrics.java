package org.fashionlab.training;

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
}
