package org.fashionlab.dataset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
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
 * <p>With {@link ImageChanges}, each image of a batch is mirrored left-right or not, shifted, and a
 * rectangle of it blacked out, as a seeded generator of its own draws (so the order of the batches
 * stays that of the unchanged run): one gather in libtorch per batch, each output pixel reading its
 * source pixel or a black one.
 */
public final class ShuffledBatches {

  private static final int SIDE = FashionMnistData.SIDE;

  private final NDArray rows;
  private final NDArray labels;
  private final int[] order;
  private final int batchSize;
  private final Random random;
  private final ImageChanges changes;
  private final Random dice;

  /**
   * Where each output pixel reads from, per change: [mirrored][dy + k][dx + k] for shifts up to k,
   * 784 entries each, 784 meaning the black pixel. Made once; a batch copies one per image.
   */
  private final long[][][][] sources;

  /**
   * @param rows every image as one row of 784 values (N x 784), laid out as the images tensor is
   * @param changes what is done to each training image at random
   */
  ShuffledBatches(
      NDArray rows, NDArray labels, int[] indices, int batchSize, long seed, ImageChanges changes) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.rows = rows;
    this.labels = labels;
    this.order = indices.clone();
    this.batchSize = batchSize;
    this.random = new Random(seed);
    this.changes = changes;
    this.dice = new Random(~seed);
    this.sources = changes.any() ? sources(changes.maxShift()) : null;
  }

  private static long[][][][] sources(int k) {
    int pixels = SIDE * SIDE;
    long[][][][] maps = new long[2][2 * k + 1][2 * k + 1][pixels];
    for (int flip = 0; flip < 2; flip++) {
      for (int dy = -k; dy <= k; dy++) {
        for (int dx = -k; dx <= k; dx++) {
          long[] map = maps[flip][dy + k][dx + k];
          for (int r = 0; r < SIDE; r++) {
            int sr = r - dy;
            for (int c = 0; c < SIDE; c++) {
              int sc = c - dx;
              boolean inside = sr >= 0 && sr < SIDE && sc >= 0 && sc < SIDE;
              map[r * SIDE + c] = inside ? sr * SIDE + (flip == 1 ? SIDE - 1 - sc : sc) : pixels;
            }
          }
        }
      }
    }
    return maps;
  }

  /** What is done to each training image at random. */
  public ImageChanges changes() {
    return changes;
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
        NDArray changed = changes.any() ? changed(picked, manager) : null;
        NDArray pixels =
            (changed == null ? picked : changed).reshape(indices.length, SIDE, SIDE, 1)) {
      // As DJL's ToTensor lays images out (n x 1 x 28 x 28 over n x 28 x 28 x 1 memory), which
      // makes libtorch run the convolutions channels-last (FashionMnistData).
      NDArray images = pixels.transpose(0, 3, 1, 2);
      return new NDList(images, labels.get(manager, new NDIndex("{}", index)));
    }
  }

  /**
   * n images of 784 values, each mirrored and shifted as the dice say: output pixel (r, c) reads
   * source pixel (r - dy, c - dx) of the (mirrored) image, or black where that lies outside it.
   */
  private NDArray changed(NDArray picked, NDManager manager) {
    int n = (int) picked.getShape().get(0);
    int pixels = SIDE * SIDE;
    int k = changes.maxShift();
    long[] source = new long[n * pixels];
    for (int i = 0; i < n; i++) {
      int flip = changes.mirror() && dice.nextBoolean() ? 1 : 0;
      int dx = k == 0 ? 0 : dice.nextInt(2 * k + 1) - k;
      int dy = k == 0 ? 0 : dice.nextInt(2 * k + 1) - k;
      System.arraycopy(sources[flip][dy + k][dx + k], 0, source, i * pixels, pixels);
      if (changes.erase() && dice.nextDouble() < ImageChanges.ERASE_PROBABILITY) {
        erase(source, i * pixels, pixels);
      }
    }
    try (NDArray black = manager.zeros(new Shape(n, 1));
        NDArray withBlack = picked.concat(black, 1);
        NDArray from = manager.create(source, new Shape(n, pixels))) {
      return withBlack.gather(from, 1);
    }
  }

  /**
   * Blacks out one rectangle of the image whose source map starts at {@code offset}: its area and
   * the ratio of its sides drawn as random erasing draws them (log-uniform ratio), drawn again
   * while the rectangle does not fit the image (at most 10 times, then the image stays whole).
   */
  private void erase(long[] source, int offset, int black) {
    for (int attempt = 0; attempt < 10; attempt++) {
      double area =
          SIDE
              * SIDE
              * (ImageChanges.ERASE_MIN_AREA
                  + dice.nextDouble()
                      * (ImageChanges.ERASE_MAX_AREA - ImageChanges.ERASE_MIN_AREA));
      double logAspect = Math.log(ImageChanges.ERASE_MAX_ASPECT);
      double aspect = Math.exp((2 * dice.nextDouble() - 1) * logAspect);
      int height = (int) Math.round(Math.sqrt(area * aspect));
      int width = (int) Math.round(Math.sqrt(area / aspect));
      if (height >= 1 && width >= 1 && height < SIDE && width < SIDE) {
        int top = dice.nextInt(SIDE - height + 1);
        int left = dice.nextInt(SIDE - width + 1);
        for (int r = top; r < top + height; r++) {
          Arrays.fill(source, offset + r * SIDE + left, offset + r * SIDE + left + width, black);
        }
        return;
      }
    }
  }
}
