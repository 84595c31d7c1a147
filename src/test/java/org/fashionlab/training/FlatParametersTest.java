package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class FlatParametersTest {

  @Test
  void parametersAreViewsOfTheFlatBufferAndOneStepUpdatesAllAndClearsGradients() {
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      Block block = Linear.builder().setUnits(2).build();
      FlatParameters flat = FlatParameters.initialize(block, manager, new Shape(1, 3));
      assertThat(flat.values().getShape()).isEqualTo(new Shape(3 * 2 + 2));
      NDArray weight = block.getParameters().get("weight").getArray();
      float[] before = weight.toFloatArray();
      assertThat(flat.values().toFloatArray()).startsWith(before);

      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray out =
            block
                .forward(
                    new ParameterStore(manager, false),
                    new NDList(manager.ones(new Shape(1, 3))),
                    true)
                .singletonOrThrow();
        collector.backward(out.sum());
      }
      // d(sum)/dW = 1 for every weight, d(sum)/db = 1: plain SGD with rate 0.5 subtracts 0.5.
      flat.step(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.5f)).build());

      float[] after = weight.toFloatArray();
      for (int i = 0; i < before.length; i++) {
        assertThat(after[i]).isEqualTo(before[i] - 0.5f);
      }
      assertThat(block.getParameters().get("bias").getArray().toFloatArray())
          .containsExactly(-0.5f, -0.5f);
      for (Parameter parameter : block.getParameters().values()) {
        assertThat(parameter.getArray().getGradient().toFloatArray()).containsOnly(0f);
      }
    }
  }
}
