package org.fashionlab.learn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.fashionlab.training.EpochMetrics;

/**
 * What a run's own per-epoch curves say about overfitting: where validation loss is lowest, and
 * what both losses did after that.
 *
 * @param bestEpoch the epoch with the lowest validation loss
 * @param last the last epoch trained
 */
public record CurveReading(EpochMetrics bestEpoch, EpochMetrics last) {

  /** The reading of a history, or empty when it has no validated epoch. */
  public static Optional<CurveReading> of(List<EpochMetrics> history) {
    OptionalInt best = EpochMetrics.bestEpoch(history);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    EpochMetrics atBest =
        history.stream().filter(m -> m.epoch() == best.getAsInt()).findFirst().orElseThrow();
    return Optional.of(new CurveReading(atBest, history.get(history.size() - 1)));
  }

  /** Validation loss rose after its best epoch while training loss kept falling. */
  public boolean overfitting() {
    return last.epoch() > bestEpoch.epoch()
        && last.validationLoss() > bestEpoch.validationLoss()
        && last.trainLoss() < bestEpoch.trainLoss();
  }

  /** The reading in words, with the run's numbers. */
  public String describe() {
    String best =
        "Validation loss is lowest at epoch %d (%s)."
            .formatted(bestEpoch.epoch(), f(bestEpoch.validationLoss()));
    if (last.epoch() == bestEpoch.epoch()) {
      return best
          + " It was still falling at the last epoch: no sign of overfitting yet, and more epochs"
          + " may still help.";
    }
    if (overfitting()) {
      return best
          + " After that it rises to %s at epoch %d while training loss keeps falling (%s → %s):"
              .formatted(
                  f(last.validationLoss()),
                  last.epoch(),
                  f(bestEpoch.trainLoss()),
                  f(last.trainLoss()))
          + " the network starts to learn its training images by heart instead of what they have"
          + " in common. That is overfitting; about %d epochs is the best number for this model."
              .formatted(bestEpoch.epoch());
    }
    return best
        + " At the last epoch (%d) it is %s and training loss %s: past epoch %d more training did"
            .formatted(
                last.epoch(), f(last.validationLoss()), f(last.trainLoss()), bestEpoch.epoch())
        + " not help on new images.";
  }

  /** Training against validation accuracy at the last epoch, in words. */
  public String gap() {
    return ("At the last epoch training accuracy is %.1f%%, validation accuracy %.1f%%. The network"
            + " learns from the training images in every epoch but never sees the validation"
            + " images, so validation is the honest estimate for new images: decide epochs and"
            + " other hyperparameters by it, and keep the test set for the very end.")
        .formatted(100 * last.trainAccuracy(), 100 * last.validationAccuracy());
  }

  private static String f(float value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
