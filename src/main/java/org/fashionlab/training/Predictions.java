package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Arrays;

/**
 * A model's predictions over a whole dataset, in inference mode (dropout off, batch-norm running
 * statistics): the true and predicted class of every image and the mean loss.
 */
record Predictions(float meanLoss, int[] labels, int[] predicted) {

  /**
   * Runs {@code trainer}'s model over {@code dataset}, calling {@code betweenBatches} before each
   * batch (where a cancellation may throw).
   */
  static Predictions of(Trainer trainer, RandomAccessDataset dataset, Runnable betweenBatches)
      throws IOException, TranslateException {
    int size = Math.toIntExact(dataset.size());
    int[] labels = new int[size];
    int[] predicted = new int[size];
    double lossSum = 0;
    int offset = 0;
    for (Batch batch : trainer.iterateDataset(dataset)) {
      try (batch) {
        betweenBatches.run();
        NDList logits = trainer.evaluate(batch.getData());
        NDArray truth = batch.getLabels().singletonOrThrow();
        int n = Math.toIntExact(truth.size());
        lossSum += trainer.getLoss().evaluate(batch.getLabels(), logits).getFloat() * n;
        int[] batchLabels = truth.toType(DataType.INT32, false).toIntArray();
        int[] batchPredicted =
            logits.singletonOrThrow().argMax(1).toType(DataType.INT32, false).toIntArray();
        System.arraycopy(batchLabels, 0, labels, offset, n);
        System.arraycopy(batchPredicted, 0, predicted, offset, n);
        offset += n;
      }
    }
    return new Predictions(
        (float) (lossSum / offset),
        Arrays.copyOf(labels, offset),
        Arrays.copyOf(predicted, offset));
  }

  /** Share of images whose predicted class is the true one. */
  double accuracy() {
    int hits = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == predicted[i]) {
        hits++;
      }
    }
    return labels.length == 0 ? Double.NaN : (double) hits / labels.length;
  }
}
