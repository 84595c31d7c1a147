package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class RunningMetricsTest {

  @Test
  void sumsLossesWeightedByBatchSizeAndCountsCorrectPredictions() {
    try (NDManager manager = Engine.getInstance().newBaseManager();
        RunningMetrics metrics = new RunningMetrics(manager)) {
      // Batch 1: 3 images, predicted 2, 0, 1 (argmax of each row); true 2, 1, 1: 2 correct.
      NDArray logits1 = manager.create(new float[] {0, 1, 5, 9, 0, 0, 0, 4, 1}, new Shape(3, 3));
      metrics.add(manager.create(0.5f), logits1, manager.create(new float[] {2, 1, 1}));
      // Batch 2: 1 image, predicted 0, true 0.
      NDArray logits2 = manager.create(new float[] {3, 2, 1}, new Shape(1, 3));
      metrics.add(manager.create(2f), logits2, manager.create(new float[] {0}));

      assertThat(metrics.samples()).isEqualTo(4);
      assertThat(metrics.lossSum()).isCloseTo(0.5 * 3 + 2 * 1, offset(1e-6));
      assertThat(metrics.accuracy()).isEqualTo(3 / 4.0);

      metrics.reset();
      assertThat(metrics.samples()).isZero();
      assertThat(metrics.lossSum()).isZero();
      assertThat(metrics.accuracy()).isNaN();
      metrics.add(manager.create(1f), logits2, manager.create(new float[] {1}));
      assertThat(metrics.accuracy()).isZero();
    }
  }
}
