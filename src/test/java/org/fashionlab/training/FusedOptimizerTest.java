package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import java.util.Random;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;
import org.junit.jupiter.api.Test;

class FusedOptimizerTest {

  private static final TrainingSettings SGD =
      new TrainingSettings(OptimizerKind.SGD, 0.1, 0, 1, 32, 0, 42, 0, 0);

  @Test
  void aConstantRateStaysAndACosineFallsToZeroAtTheLastStep() {
    Tracker constant = FusedOptimizer.rate(SGD, 4);
    Tracker cosine = FusedOptimizer.rate(SGD.withSchedule(LearningRateSchedule.COSINE), 4);
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
  void theStepsTakeTheScheduledRate() {
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray weight = parameter(manager, 1f);
      float[] moves = new float[4];
      try (FusedOptimizer sgd =
          new FusedOptimizer(
              OptimizerKind.SGD,
              FusedOptimizer.rate(SGD.withSchedule(LearningRateSchedule.COSINE), 4),
              0f,
              List.of(weight),
              manager)) {
        for (int step = 0; step < 4; step++) {
          float before = weight.getFloat(0);
          backward(weight, manager.create(new float[] {1f}));
          sgd.step();
          moves[step] = before - weight.getFloat(0);
        }
      }
      assertThat(moves[0]).isCloseTo(0.0853553f, offset(1e-6f));
      assertThat(moves[1]).isCloseTo(0.05f, offset(1e-6f));
      assertThat(moves[2]).isCloseTo(0.0146447f, offset(1e-6f));
      assertThat(moves[3]).isCloseTo(0f, offset(1e-6f));
    }
  }

  /** Keras: v = 0.9 v + 0.1 g^2; w -= lr g / (sqrt(v) + 1e-7), computed by hand below. */
  @Test
  void rmsPropTakesTheHandComputedSteps() {
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray weight = parameter(manager, 1f, 2f);
      NDArray grad = manager.create(new float[] {0.5f, -1f});
      try (FusedOptimizer rmsProp =
          new FusedOptimizer(
              OptimizerKind.RMSPROP, Tracker.fixed(0.01f), 0f, List.of(weight), manager)) {
        backward(weight, grad);
        rmsProp.step();
        // v = 0.1 * [0.25, 1] = [0.025, 0.1]; sqrt = [0.158114, 0.316228]
        // w = [1 - 0.01 * 0.5 / 0.158114, 2 + 0.01 / 0.316228] = [0.968377, 2.031623]
        float[] afterOne = weight.toFloatArray();
        assertThat(afterOne[0]).isCloseTo(0.9683772f, offset(1e-6f));
        assertThat(afterOne[1]).isCloseTo(2.0316228f, offset(1e-6f));

        backward(weight, grad);
        rmsProp.step();
        // v = 0.9 * [0.025, 0.1] + 0.1 * [0.25, 1] = [0.0475, 0.19]; sqrt = [0.217945, 0.435890]
        // w = [0.968377 - 0.005 / 0.217945, 2.031623 + 0.01 / 0.435890] = [0.945435, 2.054564]
        float[] afterTwo = weight.toFloatArray();
        assertThat(afterTwo[0]).isCloseTo(0.9454355f, offset(1e-6f));
        assertThat(afterTwo[1]).isCloseTo(2.0545645f, offset(1e-6f));
      }
    }
  }

  /**
   * RMSprop over many steps with gradients of about 1e-7, where epsilon weighs as much as the root
   * (the kernel's bias corrections must cancel in both the rate and epsilon), against Keras'
   * formula in double.
   */
  @Test
  void rmsPropFollowsKerasFormulaWhereEpsilonMatters() {
    Random random = new Random(11);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray weight = parameter(manager, 0.5f, -0.25f, 1f);
      double[] expected = {0.5, -0.25, 1};
      double[] squares = new double[3];
      try (FusedOptimizer rmsProp =
          new FusedOptimizer(
              OptimizerKind.RMSPROP, Tracker.fixed(0.01f), 0f, List.of(weight), manager)) {
        for (int step = 1; step <= 20; step++) {
          float[] gradient = randoms(random, 3);
          for (int i = 0; i < 3; i++) {
            gradient[i] *= 1e-7f;
            squares[i] = 0.9 * squares[i] + 0.1 * gradient[i] * (double) gradient[i];
            expected[i] -= 0.01 * gradient[i] / (Math.sqrt(squares[i]) + 1e-7);
          }
          backward(weight, manager.create(gradient));
          rmsProp.step();
          float[] actual = weight.toFloatArray();
          for (int i = 0; i < 3; i++) {
            assertThat((double) actual[i]).as("step %d", step).isCloseTo(expected[i], offset(1e-6));
          }
        }
      }
    }
  }

  /** Adam and SGD with momentum as DJL's own optimizers step, over several parameters at once. */
  @Test
  void adamAndSgdWithMomentumStepAsDjlsOptimizers() {
    compareWithDjl(OptimizerKind.ADAM, 0f, djlAdam(), 1f);
    compareWithDjl(
        OptimizerKind.SGD,
        0.9f,
        Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.01f)).optMomentum(0.9f).build(),
        1f);
  }

  /**
   * Gradients of about 1e-7, where the root of the second moment is near epsilon: the fused kernel
   * adds epsilon after its own bias correction, so this agrees with DJL only through the epsilon
   * the step hands it (with Keras' 1e-7 unchanged the first update would be 16 times DJL's).
   */
  @Test
  void adamAgreesWithDjlWhereEpsilonMatters() {
    compareWithDjl(OptimizerKind.ADAM, 0f, djlAdam(), 1e-7f);
  }

  private static Optimizer djlAdam() {
    return Optimizer.adam()
        .optLearningRateTracker(Tracker.fixed(0.01f))
        .optEpsilon(FusedOptimizer.ADAM_EPSILON)
        .build();
  }

  private static void compareWithDjl(
      OptimizerKind kind, float momentum, Optimizer djl, float gradientScale) {
    Random random = new Random(7);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray first = parameter(manager, randoms(random, 6));
      NDArray second = parameter(manager, randoms(random, 3));
      float[] initial = first.toFloatArray();
      NDArray firstCopy = first.duplicate();
      NDArray secondCopy = second.duplicate();
      try (FusedOptimizer fused =
          new FusedOptimizer(
              kind, Tracker.fixed(0.01f), momentum, List.of(first, second), manager)) {
        for (int step = 0; step < 5; step++) {
          NDArray g1 = manager.create(randoms(random, 6)).mul(gradientScale);
          NDArray g2 = manager.create(randoms(random, 3)).mul(gradientScale);
          backward(first, g1);
          backward(second, g2);
          fused.step();
          djl.update("first", firstCopy, g1);
          djl.update("second", secondCopy, g2);
          assertThat(first.toFloatArray())
              .as("%s step %d", kind, step + 1)
              .containsExactly(firstCopy.toFloatArray(), offset(2e-6f));
          assertThat(second.toFloatArray())
              .containsExactly(secondCopy.toFloatArray(), offset(2e-6f));
        }
        // The parameters moved (steps that did nothing would agree too).
        assertThat(first.toFloatArray()).isNotEqualTo(initial);
      }
    }
  }

  @Test
  void aStepClearsTheGradientsAndLeavesTheWeightsLeaves() {
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      NDArray weight = parameter(manager, 1f, -1f);
      try (FusedOptimizer adam =
          new FusedOptimizer(
              OptimizerKind.ADAM, Tracker.fixed(0.1f), 0f, List.of(weight), manager)) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          collector.backward(weight.mul(weight).sum());
        }
        assertThat(weight.getGradient().toFloatArray()).containsExactly(2f, -2f);
        adam.step();
        assertThat(weight.getGradient().toFloatArray()).containsExactly(0f, 0f);
        // Adam's first step moves each weight by the rate, against its gradient's sign.
        assertThat(weight.toFloatArray()).containsExactly(new float[] {0.9f, -0.9f}, offset(1e-5f));
        // Still a leaf that collects gradients, and the next backward starts from zero.
        assertThat(JniUtils.requiresGrad((PtNDArray) weight)).isTrue();
        backward(weight, manager.create(new float[] {3f, 4f}));
        assertThat(weight.getGradient().toFloatArray()).containsExactly(3f, 4f);
      }
    }
  }

  private static NDArray parameter(NDManager manager, float... values) {
    NDArray array = manager.create(values, new Shape(values.length));
    array.setRequiresGradient(true);
    return array;
  }

  /** Makes {@code grad} the gradient of {@code weight} (a backward of sum(weight * grad)). */
  private static void backward(NDArray weight, NDArray grad) {
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      collector.backward(weight.mul(grad).sum());
    }
  }

  private static float[] randoms(Random random, int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return values;
  }
}
