package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class RmsPropTest {

  /** Keras: v = 0.9 v + 0.1 g^2; w -= lr g / (sqrt(v) + 1e-7), computed by hand below. */
  @Test
  void twoStepsEqualTheHandComputedUpdate() {
    try (NDManager manager = Engine.getInstance().newBaseManager();
        RmsProp rmsProp = RmsProp.builder().optLearningRateTracker(Tracker.fixed(0.01f)).build()) {
      NDArray weight = manager.create(new float[] {1f, 2f});
      weight.setRequiresGradient(true);
      NDArray grad = manager.create(new float[] {0.5f, -1f});

      // The update takes the step in the gradient it is handed: a fresh one each time, as the
      // trainer's (FlatParameters gathers the gradients into a temporary every step).
      rmsProp.update("w", weight, grad.duplicate());
      // v = 0.1 * [0.25, 1] = [0.025, 0.1]; sqrt = [0.158114, 0.316228]
      // w = [1 - 0.01 * 0.5 / 0.158114, 2 + 0.01 / 0.316228] = [0.968377, 2.031623]
      float[] afterOne = weight.toFloatArray();
      assertThat(afterOne[0]).isCloseTo(0.9683772f, offset(1e-6f));
      assertThat(afterOne[1]).isCloseTo(2.0316228f, offset(1e-6f));

      rmsProp.update("w", weight, grad.duplicate());
      // v = 0.9 * [0.025, 0.1] + 0.1 * [0.25, 1] = [0.0475, 0.19]; sqrt = [0.217945, 0.435890]
      // w = [0.968377 - 0.005 / 0.217945, 2.031623 + 0.01 / 0.435890] = [0.945435, 2.054564]
      float[] afterTwo = weight.toFloatArray();
      assertThat(afterTwo[0]).isCloseTo(0.9454355f, offset(1e-6f));
      assertThat(afterTwo[1]).isCloseTo(2.0545645f, offset(1e-6f));
    }
  }

  @Test
  void updateClearsTheAccumulatedGradientAndRecordsNoGraph() {
    try (NDManager manager = Engine.getInstance().newBaseManager();
        RmsProp rmsProp = RmsProp.builder().build()) {
      NDArray weight = manager.create(new float[] {1f, -1f});
      weight.setRequiresGradient(true);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        collector.backward(weight.mul(weight).sum());
      }
      assertThat(weight.getGradient().toFloatArray()).containsExactly(2f, -2f);
      rmsProp.update("w", weight, weight.getGradient().duplicate());
      assertThat(weight.getGradient().toFloatArray()).containsExactly(0f, 0f);
      assertThat(weight.toFloatArray()[0]).isLessThan(1f);
    }
  }
}
