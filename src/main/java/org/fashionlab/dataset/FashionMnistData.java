package org.fashionlab.dataset;

import ai.djl.basicdataset.cv.classification.FashionMnist;
import ai.djl.engine.Engine;
import ai.djl.modality.cv.transform.ToTensor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.repository.Repository;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset.Usage;
import ai.djl.translate.TranslateException;
import java.io.IOException;

/**
 * Fashion-MNIST loaded once through DJL's dataset zoo: every image as one normalised tensor per
 * split (N x 1 x 28 x 28, values in [0, 1], as DJL's ToTensor pipeline makes them), labels as a
 * float tensor, plus the raw 0..255 bytes for pictures.
 *
 * <p>The layout is kept on purpose: ToTensor's transpose of DJL's N x 28 x 28 x 1 leaves strides
 * that libtorch 2.7 also reads as channels-last (the one channel fits both), so every convolution
 * over a training batch answers channels-last, and oneDNN's pooling and convolution backward are
 * much faster that way. Laid out as a fresh N x 1 x 28 x 28 tensor instead, the course CNN's epoch
 * took 19, 4 and 46 % longer at batch 32, 128 and 256, although the reorder copies for the flatten
 * and the pooling's backward were gone (BENCHMARKS.md, operator profile). Those copies are now
 * avoided the other way: the CNN flattens its channels-last feature maps in their own order ({@code
 * FlattenOrder.CHANNELS_LAST}).
 */
final class FashionMnistData implements AutoCloseable {

  static final int SIDE = FashionMnist.IMAGE_WIDTH;
  static final int PIXELS = FashionMnist.IMAGE_WIDTH * FashionMnist.IMAGE_HEIGHT;

  /**
   * One split: tensors for training and evaluation, bytes and labels for display. {@code rows} is
   * the same memory as {@code images}, one image of 784 values a row, for gathering batches.
   */
  record Part(NDArray images, NDArray rows, NDArray labels, byte[] raw, int[] labelValues) {
    int size() {
      return labelValues.length;
    }
  }

  private final NDManager manager;
  private final Part train;
  private final Part test;

  private FashionMnistData(NDManager manager, Part train, Part test) {
    this.manager = manager;
    this.train = train;
    this.test = test;
  }

  static FashionMnistData load(Repository repository) throws IOException {
    NDManager manager = Engine.getInstance().newBaseManager();
    manager.setName("fashion-mnist");
    try {
      Part train = loadPart(repository, Usage.TRAIN, manager);
      Part test = loadPart(repository, Usage.TEST, manager);
      return new FashionMnistData(manager, train, test);
    } catch (IOException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static Part loadPart(Repository repository, Usage usage, NDManager target)
      throws IOException {
    try (NDManager scratch = Engine.getInstance().newBaseManager()) {
      FashionMnist dataset =
          FashionMnist.builder()
              .optManager(scratch)
              .optRepository(repository)
              .optUsage(usage)
              .setSampling(1, false)
              .build();
      try {
        dataset.prepare();
      } catch (TranslateException e) {
        throw new IOException(e.getMessage(), e);
      }
      Batch all = dataset.getByRange(scratch, 0, dataset.size());
      NDArray pixels = all.getData().singletonOrThrow(); // N x 28 x 28 x 1, 0..255
      byte[] raw = pixels.toType(DataType.UINT8, false).toByteArray();
      int[] labelValues =
          all.getLabels().singletonOrThrow().toType(DataType.INT32, false).toIntArray();
      NDArray images = new ToTensor().transform(pixels);
      NDArray labels = all.getLabels().singletonOrThrow().duplicate();
      images.attach(target);
      labels.attach(target);
      NDArray rows = images.reshape(labelValues.length, PIXELS); // a view: no copy
      return new Part(images, rows, labels, raw, labelValues);
    }
  }

  Part part(Split split) {
    return split == Split.TRAIN ? train : test;
  }

  NDManager manager() {
    return manager;
  }

  @Override
  public void close() {
    manager.close();
  }
}
