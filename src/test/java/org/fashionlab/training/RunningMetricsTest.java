package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.Test;

class RunningMetricsTest {

  @Test
  void sumsLossesWeightedByBatchSizeAndCountsCorrectPredictions() {
    try (NDManager manager = Engine.getInstance().newBaseManager();
        RunningMetrics metrics = new RunningMetrics(manager)) {
      // Batch 1: 3 images, predicted 2, 0, 1 (argmax of each row); true 2, 1, 1: 2 correct.
      NDArray logits1 = manager.create(new float[] {0, 1, 5, 9, 0, 0, 0, 4, 1}, new Shape(3, 3));
      NDArray labels1 = manager.create(new float[] {2, 1, 1});
      float loss1 = metrics.loss(logits1, labels1).getFloat();
      // Batch 2: 1 image, predicted 0, true 0.
      NDArray logits2 = manager.create(new float[] {3, 2, 1}, new Shape(1, 3));
      float loss2 = metrics.loss(logits2, manager.create(new float[] {0})).getFloat();

      assertThat(loss1).isCloseTo(djlLoss(logits1, labels1), offset(1e-6f));
      // -log softmax(3, 2, 1)[0]
      double expected2 = -(3 - Math.log(Math.exp(3) + Math.exp(2) + Math.exp(1)));
      assertThat((double) loss2).isCloseTo(expected2, offset(1e-6));
      assertThat(metrics.samples()).isEqualTo(4);
      assertThat(metrics.lossSum()).isCloseTo(loss1 * 3 + loss2 * 1, offset(1e-5));
      assertThat(metrics.accuracy()).isEqualTo(3 / 4.0);

      metrics.reset();
      assertThat(metrics.samples()).isZero();
      assertThat(metrics.lossSum()).isZero();
      assertThat(metrics.accuracy()).isNaN();
      metrics.loss(logits2, manager.create(new float[] {1}));
      assertThat(metrics.accuracy()).isZero();
    }
  }

  @Test
  void theLossCarriesTheGradientOfDjlsSoftmaxCrossEntropy() {
    float[] values = {0.3f, -1, 2, 0.5f, 0.1f, 0.1f, -2, 4, 1, 0, 0, 0};
    float[] labels = {2, 0, 1, 1};
    try (NDManager manager = Engine.getInstance().newBaseManager();
        RunningMetrics metrics = new RunningMetrics(manager)) {
      JniUtils.setGradMode(false);
      float[] ours = gradient(manager, values, labels, metrics::loss);
      float[] djl =
          gradient(
              manager,
              values,
              labels,
              (logits, truth) ->
                  Loss.softmaxCrossEntropyLoss().evaluate(new NDList(truth), new NDList(logits)));
      assertThat(ours).hasSize(12);
      assertThat(ours).containsExactly(djl, offset(1e-6f));
      assertThat(ours).isNotEqualTo(new float[12]);
    }
  }

  private interface LossFunction {
    NDArray apply(NDArray logits, NDArray labels);
  }

  private static float[] gradient(
      NDManager manager, float[] values, float[] labels, LossFunction loss) {
    NDArray logits = manager.create(values, new Shape(4, 3));
    logits.setRequiresGradient(true);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      collector.backward(loss.apply(logits, manager.create(labels)));
    }
    return logits.getGradient().toFloatArray();
  }

  private static float djlLoss(NDArray logits, NDArray labels) {
    return Loss.softmaxCrossEntropyLoss()
        .evaluate(new NDList(labels), new NDList(logits))
        .getFloat();
  }
}
