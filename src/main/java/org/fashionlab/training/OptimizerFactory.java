package org.fashionlab.training;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.TrainingSettings;

/** Maps the optimizer a student chose to DJL's optimizers, or to {@link RmsProp}. */
final class OptimizerFactory {

  private OptimizerFactory() {}

  /**
   * The optimizer for these settings.
   *
   * @param steps optimizer updates the whole training makes (epochs times batches per epoch): where
   *     a cosine schedule reaches 0
   */
  static Optimizer create(TrainingSettings settings, int steps) {
    Tracker rate = rate(settings, steps);
    return switch (settings.optimizer()) {
      case ADAM -> Optimizer.adam().optLearningRateTracker(rate).optEpsilon(1e-7f).build();
      case SGD ->
          Optimizer.sgd()
              .setLearningRateTracker(rate)
              .optMomentum((float) settings.momentum())
              .build();
      case RMSPROP -> RmsProp.builder().optLearningRateTracker(rate).build();
    };
  }

  /** The learning rate by update (counted from 1, as DJL's optimizers count them). */
  static Tracker rate(TrainingSettings settings, int steps) {
    float base = (float) settings.learningRate();
    if (settings.schedule() == LearningRateSchedule.COSINE && steps > 0) {
      return Tracker.cosine().setBaseValue(base).optFinalValue(0f).setMaxUpdates(steps).build();
    }
    return Tracker.fixed(base);
  }
}
