package org.fashionlab.training;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.fashionlab.model.TrainingSettings;

/** Maps the optimizer a student chose to DJL's optimizers, or to {@link RmsProp}. */
final class OptimizerFactory {

  private OptimizerFactory() {}

  static Optimizer create(TrainingSettings settings) {
    Tracker rate = Tracker.fixed((float) settings.learningRate());
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
}
