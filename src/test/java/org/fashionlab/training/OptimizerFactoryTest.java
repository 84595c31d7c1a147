package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;
import org.junit.jupiter.api.Test;

class OptimizerFactoryTest {

  private static final TrainingSettings SGD =
      new TrainingSettings(OptimizerKind.SGD, 0.1, 0, 1, 32, 0, 42, 0, 0);

  @Test
  void aConstantRateStaysAndACosineFallsToZeroAtTheLastStep() {
    Tracker constant = OptimizerFactory.rate(SGD, 4);
    Tracker cosine = OptimizerFactory.rate(SGD.withSchedule(LearningRateSchedule.COSINE), 4);
    for (int update = 1; update <= 4; update++) {
      assertThat(constant.getNewValue(update)).isEqualTo(0.1f);
    }
    // 0.1 / 2 * (1 + cos(pi * t / 4)) for t = 1..4
    assertThat(cosine.getNewValue(1)).isCloseTo(0.0853553f, offset(1e-6f));
    assertThat(cosine.getNewValue(2)).isCloseTo(0.05f, offset(1e-6f));
    assertThat(cosine.getNewValue(3)).isCloseTo(0.0146447f, offset(1e-6f));
    assertThat(cosine.getNewValue(4)).isCloseTo(0f, offset(1e-7f));
    assertThat(cosine.getNewValue(5)).isEqualTo(0f);
  }

  /** SGD without momentum moves a weight by rate x gradient: the steps read the schedule back. */
  @Test
  void theOptimizerStepsByTheScheduledRate() {
    Optimizer sgd = OptimizerFactory.create(SGD.withSchedule(LearningRateSchedule.COSINE), 4);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray weight = manager.create(new float[] {1f});
      weight.setRequiresGradient(true);
      NDArray grad = manager.create(new float[] {1f});
      float[] moves = new float[4];
      for (int step = 0; step < 4; step++) {
        float before = weight.getFloat(0);
        sgd.update("w", weight, grad);
        moves[step] = before - weight.getFloat(0);
      }
      assertThat(moves[0]).isCloseTo(0.0853553f, offset(1e-6f));
      assertThat(moves[1]).isCloseTo(0.05f, offset(1e-6f));
      assertThat(moves[2]).isCloseTo(0.0146447f, offset(1e-6f));
      assertThat(moves[3]).isCloseTo(0f, offset(1e-6f));
    }
  }
}
