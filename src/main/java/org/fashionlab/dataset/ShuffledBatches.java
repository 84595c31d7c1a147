package org.fashionlab.dataset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.Arrays;
import java.util.Random;

/**
 * The training batches of one run: a seeded shuffle of the training indices for every epoch, each
 * batch gathered from the in-memory tensors with one native call per tensor (PyTorch's {@code
 * x[idx]}). DJL's dataset iterator does the same gather but adds a per-batch manager, index mapping
 * and batch object: 0.15-0.5 ms per step, measured, which this path avoids.
 */
public final class ShuffledBatches {

  private final NDArray images;
  private final NDArray labels;
  private final int[] order;
  private final int batchSize;
  private final Random random;

  ShuffledBatches(NDArray images, NDArray labels, int[] indices, int batchSize, long seed) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.images = images;
    this.labels = labels;
    this.order = indices.clone();
    this.batchSize = batchSize;
    this.random = new Random(seed);
  }

  /** Number of training images. */
  public int size() {
    return order.length;
  }

  /** Batches per epoch; the last one holds the remainder. */
  public int batchesPerEpoch() {
    return (order.length + batchSize - 1) / batchSize;
  }

  /** Reorders the images for the next epoch (Fisher-Yates with this run's seeded generator). */
  public void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /** The training-image indices of batch {@code batch}, in this epoch's order. */
  int[] indices(int batch) {
    int from = batch * batchSize;
    return Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
  }

  /**
   * Batch {@code batch} (0-based) of the current epoch as {@code [images, labels]}: n x 1 x 28 x 28
   * in [0, 1] and n class numbers, attached to {@code manager}.
   */
  public NDList batch(int batch, NDManager manager) {
    try (NDArray index = manager.create(indices(batch))) {
      NDIndex rows = new NDIndex("{}", index);
      return new NDList(images.get(manager, rows), labels.get(manager, rows));
    }
  }
}
