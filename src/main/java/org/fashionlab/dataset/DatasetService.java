package org.fashionlab.dataset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.RandomAccessDataset;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Fashion-MNIST for the whole application, loaded once on first use and shared.
 *
 * <p>Images are indexed from 0 here; pages that show indices to students say how they map to the
 * course's 1-based R indices.
 */
@Service
public class DatasetService {

  /** Width and height of every image in pixels. */
  public static final int IMAGE_SIDE = FashionMnistData.SIDE;

  /** Colour channels of every image: one, grey. */
  public static final int CHANNELS = 1;

  /** The largest grey value; dividing by it scales pixels to [0, 1]. */
  public static final int MAX_GREY = 255;

  /**
   * Batch size for evaluating the test set and (at least) the validation split: DJL keeps every
   * layer's output until a batch ends, so memory grows with it. At 1,000 the test evaluation made
   * the peak of a training: 601 MB for the strong two-block CNN, 225 MB at 256 (BENCHMARKS.md).
   */
  public static final int EVALUATION_BATCH = 256;

  private final FashionMnistFiles files;
  private volatile FashionMnistData data;

  public DatasetService(DatasetProperties properties) {
    this.files = new FashionMnistFiles(properties);
  }

  private FashionMnistData data() {
    FashionMnistData loaded = data;
    if (loaded == null) {
      synchronized (this) {
        loaded = data;
        if (loaded == null) {
          try {
            loaded = FashionMnistData.load(files.repository());
          } catch (IOException e) {
            throw new DatasetUnavailableException(
                "Fashion-MNIST could not be read: " + e.getMessage() + ". " + FashionMnistFiles.FIX,
                e);
          }
          data = loaded;
        }
      }
    }
    return loaded;
  }

  /** Number of images in a split: 60,000 for training, 10,000 for test. */
  public int size(Split split) {
    return data().part(split).size();
  }

  /** The label 0..9 of one image. */
  public int label(Split split, int index) {
    return data().part(split).labelValues()[index];
  }

  /** The 784 grey values 0..255 of one image, row by row. */
  public int[] pixels(Split split, int index) {
    byte[] raw = data().part(split).raw();
    int[] pixels = new int[FashionMnistData.PIXELS];
    int offset = index * FashionMnistData.PIXELS;
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = Byte.toUnsignedInt(raw[offset + i]);
    }
    return pixels;
  }

  /** One image as the networks take it: 784 values in [0, 1], row by row. */
  public float[] input(Split split, int index) {
    return scaled(pixels(split, index));
  }

  /** Grey values 0..255 scaled to [0, 1], as DJL's ToTensor scales the training images. */
  public static float[] scaled(int[] pixels) {
    float[] unit = new float[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      unit[i] = pixels[i] / 255f;
    }
    return unit;
  }

  /** Images per class, indexed by label. */
  public int[] classCounts(Split split) {
    int[] counts = new int[FashionClass.values().length];
    for (int label : data().part(split).labelValues()) {
      counts[label]++;
    }
    return counts;
  }

  /**
   * The batched datasets for one training run.
   *
   * @param limit use only the first {@code limit} training images (0 for all)
   * @param validationFraction share of those images held out for validation, in [0, 1)
   * @param seed seeds the hold-out split and the order of the training batches
   * @param batchSize training batch size
   * @param changes what is done to each training image at random
   */
  public TrainingData trainingData(
      int limit, double validationFraction, long seed, int batchSize, ImageChanges changes) {
    return trainingData(
        HoldOut.of(trainingSize(limit), validationFraction, seed), batchSize, seed, changes);
  }

  /**
   * The batched datasets for one fold of a k-fold cross-validation.
   *
   * @param limit use only the first {@code limit} training images (0 for all)
   * @param k number of folds
   * @param fold the held-out fold, 0-based
   * @param changes what is done to each training image at random
   */
  public TrainingData foldData(
      int limit, int k, int fold, long seed, int batchSize, ImageChanges changes) {
    return trainingData(HoldOut.fold(trainingSize(limit), k, fold, seed), batchSize, seed, changes);
  }

  private int trainingSize(int limit) {
    int all = data().part(Split.TRAIN).size();
    return limit > 0 ? Math.min(limit, all) : all;
  }

  private TrainingData trainingData(
      HoldOut holdOut, int batchSize, long seed, ImageChanges changes) {
    FashionMnistData.Part train = data().part(Split.TRAIN);
    ShuffledBatches training =
        new ShuffledBatches(
            train.rows(), train.labels(), holdOut.training(), batchSize, seed, changes);
    RandomAccessDataset validation =
        holdOut.validation().length == 0
            ? null
            : validationSet(train, holdOut.validation(), Math.max(batchSize, EVALUATION_BATCH));
    return new TrainingData(training, validation, testSet());
  }

  private static RandomAccessDataset validationSet(
      FashionMnistData.Part train, int[] indices, int batchSize) {
    return new ArrayDataset.Builder()
        .setData(train.images())
        .optLabels(train.labels())
        .setSampling(batchSize, false)
        .build()
        .subDataset(asLongs(indices));
  }

  /** The whole test set in order, in large batches, for evaluation. */
  public RandomAccessDataset testSet() {
    FashionMnistData.Part test = data().part(Split.TEST);
    return new ArrayDataset.Builder()
        .setData(test.images())
        .optLabels(test.labels())
        .setSampling(EVALUATION_BATCH, false)
        .build();
  }

  /**
   * Copies normalised images (k x 1 x 28 x 28, [0, 1]) into {@code manager}, e.g. to feed a model.
   */
  public NDArray images(Split split, NDManager manager, int... indices) {
    NDArray all = data().part(split).images();
    try (NDArray index = manager.create(indices)) {
      return all.get(manager, new NDIndex("{}", index));
    }
  }

  private static List<Long> asLongs(int[] indices) {
    return Arrays.stream(indices).mapToObj(i -> (long) i).toList();
  }

  @PreDestroy
  synchronized void close() {
    if (data != null) {
      data.close();
      data = null;
    }
  }
}
