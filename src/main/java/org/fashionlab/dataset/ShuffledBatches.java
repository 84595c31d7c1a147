package org.fashionlab.dataset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.Arrays;
import java.util.Random;

/**
 * The training batches of one run: a seeded shuffle of the training indices for every epoch, each
 * batch gathered from the in-memory tensors with one native call per tensor (PyTorch's {@code
 * x[idx]}). DJL's dataset iterator does the same gather but adds a per-batch manager, index mapping
 * and batch object: 0.15-0.5 ms per step, measured, which this path avoids.
 *
 * <p>The images are gathered as whole rows of 784 values (libtorch's {@code index_select}, reached
 * through DJL's embedding lookup), not with advanced indexing ({@code x[idx]}), whose general
 * kernel took 3 to 5 times as long on one thread: 380 against 72 µs for a batch of 256, 87 against
 * 31 µs for 32 (BENCHMARKS.md, issue 17).
 *
 * <p>With mirroring on, each image of a batch is flipped left-right or not at the toss of a seeded
 * coin (its own generator, so the order of the batches stays that of the unmirrored run).
 */
public final class ShuffledBatches {

  private static final int SIDE = FashionMnistData.SIDE;

  private final NDArray rows;
  private final NDArray labels;
  private final int[] order;
  private final int batchSize;
  private final Random random;
  private final Random mirrorCoin;

  /**
   * @param rows every image as one row of 784 values (N x 784), laid out as the images tensor is
   * @param mirror whether each training image is mirrored left-right at random
   */
  ShuffledBatches(
      NDArray rows, NDArray labels, int[] indices, int batchSize, long seed, boolean mirror) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.rows = rows;
    this.labels = labels;
    this.order = indices.clone();
    this.batchSize = batchSize;
    this.random = new Random(seed);
    this.mirrorCoin = mirror ? new Random(~seed) : null;
  }

  /** Whether the images are mirrored left-right at random. */
  public boolean mirrors() {
    return mirrorCoin != null;
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
    int[] indices = indices(batch);
    try (NDArray index = manager.create(indices);
        NDArray picked = JniUtils.embedding((PtNDArray) index, (PtNDArray) rows, false);
        NDArray pixels = picked.reshape(indices.length, SIDE, SIDE, 1);
        NDArray chosen = mirrorCoin == null ? null : mirrored(pixels, manager)) {
      // As DJL's ToTensor lays images out (n x 1 x 28 x 28 over n x 28 x 28 x 1 memory), which
      // makes libtorch run the convolutions channels-last (FashionMnistData).
      NDArray images = (chosen == null ? pixels : chosen).transpose(0, 3, 1, 2);
      return new NDList(images, labels.get(manager, new NDIndex("{}", index)));
    }
  }

  /** n x 28 x 28 x 1 images, each mirrored (columns reversed) where the coin says so. */
  private NDArray mirrored(NDArray pixels, NDManager manager) {
    int n = (int) pixels.getShape().get(0);
    boolean[] heads = new boolean[n];
    for (int i = 0; i < n; i++) {
      heads[i] = mirrorCoin.nextBoolean();
    }
    try (NDArray coin = manager.create(heads);
        NDArray perImage = coin.reshape(n, 1, 1, 1);
        // DJL's where wants equal shapes: the coin spread over each image (a view, no copy).
        NDArray perPixel = perImage.broadcast(pixels.getShape());
        NDArray flipped = pixels.flip(2)) {
      return NDArrays.where(perPixel, flipped, pixels);
    }
  }
}
