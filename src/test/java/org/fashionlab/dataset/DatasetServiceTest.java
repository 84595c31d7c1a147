package org.fashionlab.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.engine.PtNDArray;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetServiceTest {

  private static final ImageChanges MIRROR = new ImageChanges(true, 0);

  private final DatasetService datasets = SharedDatasets.get();

  @Test
  void loadsSixtyThousandTrainingAndTenThousandTestImages() {
    assertThat(datasets.size(Split.TRAIN)).isEqualTo(60_000);
    assertThat(datasets.size(Split.TEST)).isEqualTo(10_000);
  }

  @Test
  void everyClassHasSixThousandTrainingImages() {
    assertThat(datasets.classCounts(Split.TRAIN)).containsOnly(6_000);
    assertThat(Arrays.stream(datasets.classCounts(Split.TEST)).sum()).isEqualTo(10_000);
  }

  @Test
  void firstTrainingImageMatchesTheCourseSheet() {
    // R: x_train[1, 20, 15] is 65 and y_train[1] is class 9 (Ankle boot); R indices are 1-based.
    int[] pixels = datasets.pixels(Split.TRAIN, 0);
    assertThat(pixels[19 * 28 + 14]).isEqualTo(65);
    assertThat(datasets.label(Split.TRAIN, 0)).isEqualTo(FashionClass.ANKLE_BOOT.ordinal());
    assertThat(datasets.label(Split.TRAIN, 1)).isEqualTo(FashionClass.T_SHIRT_TOP.ordinal());
    assertThat(Arrays.stream(pixels).max().getAsInt()).isLessThanOrEqualTo(255).isGreaterThan(200);
  }

  @Test
  void batchesAreNx1x28x28ScaledToUnitRange() {
    TrainingData data = datasets.trainingData(1_000, 0.2, 7, 32, ImageChanges.NONE);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      data.training().shuffle();
      NDList batch = data.training().batch(0, manager);
      NDArray images = batch.get(0);
      assertThat(images.getShape()).isEqualTo(new Shape(32, 1, 28, 28));
      assertThat(images.min().getFloat()).isGreaterThanOrEqualTo(0f);
      assertThat(images.max().getFloat()).isLessThanOrEqualTo(1f).isGreaterThan(0.9f);
      assertThat(batch.get(1).getShape()).isEqualTo(new Shape(32));
    }
    assertThat(data.trainingSize()).isEqualTo(800);
    assertThat(data.training().batchesPerEpoch()).isEqualTo(25);
    assertThat(data.validationSize()).isEqualTo(200);
    assertThat(data.testSize()).isEqualTo(10_000);
  }

  @Test
  void aConvolutionOverATrainingBatchAnswersChannelsLast() throws Exception {
    // The faster layout for oneDNN's pooling and convolution backward: an image tensor laid out
    // as plain N x 1 x 28 x 28 made the course CNN's epochs 4-46 % slower (BENCHMARKS.md).
    TrainingData data = datasets.trainingData(1_000, 0, 7, 32, ImageChanges.NONE);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      data.training().shuffle();
      NDArray images = data.training().batch(0, manager).get(0);
      NDArray kernel = manager.randomNormal(new Shape(8, 1, 3, 3));
      NDArray answer = Conv2d.conv2d(images, kernel).singletonOrThrow();
      assertThat(answer.getShape()).isEqualTo(new Shape(32, 8, 26, 26));
      assertThat(isContiguous(answer)).isFalse();
      // Channels-last: as N x H x W x C the same memory is contiguous.
      assertThat(isContiguous(answer.transpose(0, 2, 3, 1))).isTrue();
    }
  }

  /** libtorch's own is_contiguous(), which DJL 0.36 keeps package-private. */
  private static boolean isContiguous(NDArray array) throws Exception {
    Class<?> library = Class.forName("ai.djl.pytorch.jni.PyTorchLibrary");
    Field instance = library.getDeclaredField("LIB");
    instance.setAccessible(true);
    Method check = library.getDeclaredMethod("torchIsContiguous", long.class);
    check.setAccessible(true);
    return (boolean) check.invoke(instance.get(null), ((PtNDArray) array).getHandle());
  }

  @Test
  void everyEpochVisitsEachTrainingImageOnceInANewSeededOrder() {
    HoldOut split = HoldOut.of(1_000, 0.2, 7);
    ShuffledBatches batches =
        datasets.trainingData(1_000, 0.2, 7, 64, ImageChanges.NONE).training();
    ShuffledBatches again = datasets.trainingData(1_000, 0.2, 7, 64, ImageChanges.NONE).training();
    int[] previous = null;
    for (int epoch = 0; epoch < 3; epoch++) {
      batches.shuffle();
      again.shuffle();
      int[] order = epochOrder(batches);
      assertThat(order).isEqualTo(epochOrder(again));
      assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(split.training());
      assertThat(order).isNotEqualTo(previous);
      previous = order;
    }
    ShuffledBatches otherSeed =
        datasets.trainingData(1_000, 0.2, 8, 64, ImageChanges.NONE).training();
    otherSeed.shuffle();
    assertThat(epochOrder(otherSeed)).isNotEqualTo(epochOrder(batches));
  }

  @Test
  void aBatchHoldsTheImagesAndLabelsOfItsIndices() {
    ShuffledBatches batches = datasets.trainingData(3_000, 0, 3, 64, ImageChanges.NONE).training();
    batches.shuffle();
    int last = batches.batchesPerEpoch() - 1;
    assertThat(batches.indices(last)).hasSize(3_000 - 64 * 46);
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      for (int b : new int[] {0, last}) {
        int[] indices = batches.indices(b);
        NDList batch = batches.batch(b, manager);
        float[] images = batch.get(0).toFloatArray();
        float[] labels = batch.get(1).toFloatArray();
        assertThat(labels).hasSize(indices.length);
        for (int i = 0; i < indices.length; i++) {
          assertThat((int) labels[i]).isEqualTo(datasets.label(Split.TRAIN, indices[i]));
          float[] expected = datasets.input(Split.TRAIN, indices[i]);
          assertThat(Arrays.copyOfRange(images, i * 784, (i + 1) * 784)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void mirroringFlipsAboutHalfTheImagesLeftRightFreshEachEpochAndKeepsTheOrder() {
    ShuffledBatches plain = datasets.trainingData(2_000, 0, 5, 100, ImageChanges.NONE).training();
    ShuffledBatches mirrored = datasets.trainingData(2_000, 0, 5, 100, MIRROR).training();
    ShuffledBatches twin = datasets.trainingData(2_000, 0, 5, 100, MIRROR).training();
    assertThat(mirrored.changes().any()).isTrue();
    assertThat(plain.changes().any()).isFalse();
    boolean[] firstEpoch = null;
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      for (int epoch = 0; epoch < 2; epoch++) {
        plain.shuffle();
        mirrored.shuffle();
        twin.shuffle();
        boolean[] flipped = new boolean[2_000];
        int flips = 0;
        int asymmetric = 0;
        for (int b = 0; b < plain.batchesPerEpoch(); b++) {
          assertThat(mirrored.indices(b)).isEqualTo(plain.indices(b));
          float[] original = plain.batch(b, manager).get(0).toFloatArray();
          NDList batch = mirrored.batch(b, manager);
          float[] seen = batch.get(0).toFloatArray();
          assertThat(twin.batch(b, manager).get(0).toFloatArray()).isEqualTo(seen);
          assertThat(batch.get(1).toFloatArray())
              .isEqualTo(plain.batch(b, manager).get(1).toFloatArray());
          int[] indices = plain.indices(b);
          for (int i = 0; i < indices.length; i++) {
            float[] before = Arrays.copyOfRange(original, i * 784, (i + 1) * 784);
            float[] after = Arrays.copyOfRange(seen, i * 784, (i + 1) * 784);
            float[] reversed = mirror(before);
            if (Arrays.equals(before, reversed)) {
              continue; // a symmetric image cannot tell
            }
            asymmetric++;
            boolean isMirror = Arrays.equals(after, reversed);
            assertThat(isMirror || Arrays.equals(after, before))
                .as("image %d is itself or its mirror", indices[i])
                .isTrue();
            flipped[indices[i]] = isMirror;
            flips += isMirror ? 1 : 0;
          }
        }
        assertThat(asymmetric).isGreaterThan(1_900);
        assertThat((double) flips / asymmetric).isBetween(0.45, 0.55);
        if (firstEpoch == null) {
          firstEpoch = flipped;
        } else {
          assertThat(flipped).as("a new toss each epoch").isNotEqualTo(firstEpoch);
        }
      }
    }
  }

  @Test
  void shiftingMovesEachImageByUpToTwoPixelsEachWayWithBlackWhereItUncovers() {
    ShuffledBatches plain = datasets.trainingData(1_000, 0, 9, 250, ImageChanges.NONE).training();
    ShuffledBatches shifted =
        datasets.trainingData(1_000, 0, 9, 250, new ImageChanges(false, 2)).training();
    plain.shuffle();
    shifted.shuffle();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      for (int b = 0; b < plain.batchesPerEpoch(); b++) {
        float[] original = plain.batch(b, manager).get(0).toFloatArray();
        float[] moved = shifted.batch(b, manager).get(0).toFloatArray();
        for (int i = 0; i < plain.indices(b).length; i++) {
          float[] before = Arrays.copyOfRange(original, i * 784, (i + 1) * 784);
          float[] after = Arrays.copyOfRange(moved, i * 784, (i + 1) * 784);
          String shift = null;
          for (int dy = -2; dy <= 2 && shift == null; dy++) {
            for (int dx = -2; dx <= 2 && shift == null; dx++) {
              if (Arrays.equals(after, shift(before, dx, dy))) {
                shift = dx + "," + dy;
              }
            }
          }
          assertThat(shift).as("image %d is itself shifted by at most 2 pixels", i).isNotNull();
          seen.merge(shift, 1, Integer::sum);
        }
      }
    }
    // 1,000 images over 25 shifts: each about 40 times (images whose shifts look alike count once).
    assertThat(seen).hasSizeGreaterThanOrEqualTo(24);
    assertThat(seen.getOrDefault("0,0", 0)).isLessThan(100);
    assertThatThrownBy(() -> new ImageChanges(false, 5))
        .hasMessageContaining("a shift must be 0 to 4 pixels");
  }

  @Test
  void erasingBlacksOutOneRectangleInAboutHalfOfTheImagesOfTheSizesRandomErasingDraws() {
    ShuffledBatches plain = datasets.trainingData(2_000, 0, 5, 200, ImageChanges.NONE).training();
    ShuffledBatches erased =
        datasets.trainingData(2_000, 0, 5, 200, new ImageChanges(false, 0, true)).training();
    plain.shuffle();
    erased.shuffle();
    int images = 0;
    int changed = 0;
    java.util.List<Integer> areas = new java.util.ArrayList<>();
    try (NDManager manager = Engine.getInstance().newBaseManager()) {
      for (int b = 0; b < plain.batchesPerEpoch(); b++) {
        assertThat(erased.indices(b)).isEqualTo(plain.indices(b));
        float[] original = plain.batch(b, manager).get(0).toFloatArray();
        float[] seen = erased.batch(b, manager).get(0).toFloatArray();
        for (int i = 0; i < plain.indices(b).length; i++) {
          images++;
          int top = 28;
          int bottom = -1;
          int left = 28;
          int right = -1;
          for (int p = 0; p < 784; p++) {
            float after = seen[i * 784 + p];
            float before = original[i * 784 + p];
            if (after != before) {
              assertThat(after).as("a changed pixel is black").isZero();
              top = Math.min(top, p / 28);
              bottom = Math.max(bottom, p / 28);
              left = Math.min(left, p % 28);
              right = Math.max(right, p % 28);
            }
          }
          if (bottom < 0) {
            continue;
          }
          changed++;
          // Every pixel inside the box around the changes is black: one rectangle.
          for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
              assertThat(seen[i * 784 + r * 28 + c]).as("image %d at %d,%d", i, r, c).isZero();
            }
          }
          areas.add((bottom - top + 1) * (right - left + 1));
        }
      }
    }
    assertThat(images).isEqualTo(2_000);
    // Half are erased; an erased rectangle over black background alone changes nothing (rare).
    assertThat((double) changed / images).isBetween(0.40, 0.55);
    // The box around the changed pixels is at most the rectangle: up to 40% of 784 (and a side
    // rounded up); across many images the sizes spread from small to large.
    assertThat(areas).allSatisfy(a -> assertThat(a).isLessThanOrEqualTo(340));
    assertThat(areas.stream().filter(a -> a < 60).count()).isGreaterThan(20);
    assertThat(areas.stream().filter(a -> a > 200).count()).isGreaterThan(50);
  }

  /** A 28 x 28 image moved right by dx and down by dy, black where it uncovers. */
  private static float[] shift(float[] image, int dx, int dy) {
    float[] out = new float[image.length];
    for (int row = 0; row < 28; row++) {
      for (int col = 0; col < 28; col++) {
        int r = row - dy;
        int c = col - dx;
        out[row * 28 + col] = r >= 0 && r < 28 && c >= 0 && c < 28 ? image[r * 28 + c] : 0f;
      }
    }
    return out;
  }

  /** A 28 x 28 image with each row reversed. */
  private static float[] mirror(float[] image) {
    float[] out = new float[image.length];
    for (int row = 0; row < 28; row++) {
      for (int col = 0; col < 28; col++) {
        out[row * 28 + col] = image[row * 28 + 27 - col];
      }
    }
    return out;
  }

  private static int[] epochOrder(ShuffledBatches batches) {
    return IntStream.range(0, batches.batchesPerEpoch())
        .flatMap(b -> Arrays.stream(batches.indices(b)))
        .toArray();
  }

  @Test
  void normalisedImagesEqualRawPixelsOver255() {
    try (NDManager manager = Engine.getInstance().newBaseManager();
        NDArray image = datasets.images(Split.TEST, manager, 9)) {
      float[] scaled = image.toFloatArray();
      int[] raw = datasets.pixels(Split.TEST, 9);
      for (int i = 0; i < raw.length; i++) {
        assertThat(scaled[i]).isCloseTo(raw[i] / 255f, org.assertj.core.data.Offset.offset(1e-6f));
      }
      assertThat(datasets.input(Split.TEST, 9))
          .containsExactly(scaled, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void missingFilesGiveOneMessageNamingTheFix(@TempDir Path empty) {
    DatasetService broken = new DatasetService(SharedDatasets.properties(empty));
    assertThatThrownBy(() -> broken.size(Split.TRAIN))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("apt-get install dataset-fashion-mnist")
        .hasMessageContaining("fashionlab.dataset.dir");
  }

  @Test
  void corruptFilesAreRefusedWithTheirName(@TempDir Path dir) throws Exception {
    for (String name :
        new String[] {
          "train-images-idx3-ubyte", "train-labels-idx1-ubyte",
          "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"
        }) {
      Files.write(dir.resolve(name), new byte[] {1, 2, 3});
    }
    DatasetProperties properties =
        new DatasetProperties(dir, Path.of("/nonexistent"), dir.resolve("work"), false);
    assertThatThrownBy(() -> new DatasetService(properties).size(Split.TEST))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("is not a valid Fashion-MNIST");
  }
}
