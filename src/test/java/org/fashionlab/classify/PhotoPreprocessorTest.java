package org.fashionlab.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.Probabilities.argMax;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.Presets;
import org.fashionlab.training.RecordingSink;
import org.fashionlab.training.TestTrainers;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoPreprocessorTest {

  private final DatasetService datasets = SharedDatasets.get();
  private final PhotoPreprocessor preprocessor = new PhotoPreprocessor();
  private final ImageDecoder decoder =
      new ImageDecoder(new ClassifyProperties(10, 40, 100, 50, 30));

  private float[] throughPhoto(int index) {
    return throughPhoto(index, "png");
  }

  private float[] throughPhoto(int index, String format) {
    byte[] file =
        ProductPhotos.encode(
            ProductPhotos.render(datasets.pixels(Split.TEST, index), 10, 40), format);
    ImageDecoder.Decoded decoded = decoder.decode(file);
    return preprocessor.process(decoded.image(), decoded.orientation()).input();
  }

  private float[] original(int index) {
    return datasets.input(Split.TEST, index);
  }

  @Test
  void aProductPhotoOfATestImageComesBackNearlyAsTheOriginal() {
    double total = 0;
    for (int i = 0; i < 50; i++) {
      float[] back = throughPhoto(i);
      float[] original = original(i);
      double diff = 0;
      for (int p = 0; p < back.length; p++) {
        diff += Math.abs(back[p] - original[p]);
      }
      total += diff / back.length;
    }
    double meanAbsoluteDifference = total / 50;
    System.out.printf("mean absolute difference over 50 images: %.4f%n", meanAbsoluteDifference);
    assertThat(meanAbsoluteDifference).isLessThan(0.05);
  }

  @Test
  void stepsAreShownInOrderEndingIn28x28() {
    BufferedImage photo = ProductPhotos.render(datasets.pixels(Split.TEST, 0), 10, 40);
    PhotoPreprocessor.Result result = preprocessor.process(photo, 1);
    assertThat(result.inverted()).isTrue();
    assertThat(result.steps())
        .extracting(Classification.Step::title)
        .containsExactly("Your photo", "Grey", "Inverted", "Cropped", "Square", "28 x 28");
    BufferedImage last = result.steps().get(result.steps().size() - 1).image();
    assertThat(last.getWidth()).isEqualTo(28);
    assertThat(last.getHeight()).isEqualTo(28);
  }

  @Test
  void aLargePhotoIsWorkedOnAtTheStepPicturesSizeAndAnswersAsTheSmallOne() {
    int[] pixels = datasets.pixels(Split.TEST, 3);
    BufferedImage large = ProductPhotos.render(pixels, 40, 80);
    assertThat(large.getWidth()).isEqualTo(1280);
    PhotoPreprocessor.Result result = preprocessor.process(large, 1);
    BufferedImage first = result.steps().get(0).image();
    assertThat(first.getWidth()).isEqualTo(PhotoPreprocessor.WORKING_SIDE);
    assertThat(first.getHeight()).isEqualTo(PhotoPreprocessor.WORKING_SIDE);
    // The same photo drawn at 300 pixels, under the working side, is not shrunk at all.
    float[] small = preprocessor.process(ProductPhotos.render(pixels, 10, 20), 1).input();
    double diff = 0;
    for (int p = 0; p < small.length; p++) {
      diff += Math.abs(result.input()[p] - small[p]);
    }
    assertThat(diff / small.length).isLessThan(0.01);
  }

  /** A smooth colour picture (gradients and soft waves) in the given layout. */
  private static BufferedImage smooth(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int red = x * 255 / width;
        int green = y * 255 / height;
        int blue = (int) Math.round(128 + 100 * Math.sin(x / 37.0) * Math.cos(y / 23.0));
        image.setRGB(x, y, 0xff000000 | red << 16 | green << 8 | blue);
      }
    }
    return image;
  }

  private static double meanChannelDifference(BufferedImage a, BufferedImage b) {
    assertThat(a.getWidth()).isEqualTo(b.getWidth());
    assertThat(a.getHeight()).isEqualTo(b.getHeight());
    double sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs(((a.getRGB(x, y) >> shift) & 0xff) - ((b.getRGB(x, y) >> shift) & 0xff));
        }
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }

  @Test
  void aDecodedJpegIsShrunkFromItsBytesAsJava2dShrinksAnyOtherImage() {
    // Odd sizes, and a part of a larger image (its raster starts inside the data buffer).
    BufferedImage bytes = smooth(1603, 1207, BufferedImage.TYPE_3BYTE_BGR);
    BufferedImage part = bytes.getSubimage(17, 9, 1001, 777);
    for (BufferedImage photo : List.of(bytes, part)) {
      BufferedImage other =
          new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_ARGB);
      other.createGraphics().drawImage(photo, 0, 0, null);
      assertThat(PhotoPreprocessor.HalvedRgb.of(photo, 384, 300)).isNotNull();
      assertThat(PhotoPreprocessor.HalvedRgb.of(other, 384, 300)).isNull(); // Java2D's way
      BufferedImage fast = PhotoPreprocessor.shrink(photo, PhotoPreprocessor.WORKING_SIDE);
      BufferedImage java2d = PhotoPreprocessor.shrink(other, PhotoPreprocessor.WORKING_SIDE);
      assertThat(Math.max(fast.getWidth(), fast.getHeight()))
          .isEqualTo(PhotoPreprocessor.WORKING_SIDE);
      assertThat(meanChannelDifference(fast, java2d)).isLessThan(1.5);
    }
    // Halved until one more halving would go under the size asked for.
    PhotoPreprocessor.HalvedRgb halved = PhotoPreprocessor.HalvedRgb.of(bytes, 384, 289);
    assertThat(halved.width()).isEqualTo(400);
    assertThat(halved.height()).isEqualTo(301);
    int[] corner = {bytes.getRGB(0, 0), bytes.getRGB(1, 0), bytes.getRGB(0, 1), bytes.getRGB(1, 1)};
    BufferedImage once = PhotoPreprocessor.HalvedRgb.of(bytes, 801, 603).image();
    for (int shift = 0; shift <= 16; shift += 8) {
      int sum = 0;
      for (int p : corner) {
        sum += (p >> shift) & 0xff;
      }
      assertThat((once.getRGB(0, 0) >> shift) & 0xff).isEqualTo((sum + 2) / 4);
    }
  }

  @Test
  void aLargeTurnedPhotoIsShrunkThenTurnedUpright() {
    BufferedImage wide = smooth(1600, 800, BufferedImage.TYPE_3BYTE_BGR);
    BufferedImage upright = preprocessor.process(wide, 6).steps().get(0).image();
    assertThat(upright.getWidth()).isEqualTo(PhotoPreprocessor.WORKING_SIDE / 2);
    assertThat(upright.getHeight()).isEqualTo(PhotoPreprocessor.WORKING_SIDE);
  }

  @Test
  void exifOrientationSixIsTurnedUpright() {
    BufferedImage wide = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    BufferedImage upright = PhotoPreprocessor.orient(wide, 6);
    assertThat(upright.getWidth()).isEqualTo(20);
    assertThat(upright.getHeight()).isEqualTo(40);
  }

  @Test
  void aTrainedMlpPredictsTheSameClassFromPhotosAsFromOriginals(@TempDir Path data)
      throws Exception {
    TrainedModels models = TestTrainers.models(data);
    UUID id = UUID.randomUUID();
    try {
      TestTrainers.trainAndStore(
          TestTrainers.trainer(datasets),
          models,
          id,
          TrainingRequest.of(
              Presets.COURSE_MLP.withTraining(
                  Presets.COURSE_MLP.training().withTrainingLimit(6_000).withEpochs(1)),
              "test"),
          new RecordingSink());

      List<float[]> originals = new ArrayList<>();
      List<float[]> photos = new ArrayList<>();
      List<float[]> jpegs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        originals.add(original(i));
        photos.add(throughPhoto(i));
        jpegs.add(throughPhoto(i, "jpg"));
      }
      List<float[]> fromOriginals = models.predict(id, originals);
      int samePng = sameClass(fromOriginals, models.predict(id, photos));
      int sameJpeg = sameClass(fromOriginals, models.predict(id, jpegs));
      System.out.println(
          "same class for " + samePng + " PNG and " + sameJpeg + " JPEG photos of 200");
      assertThat(samePng).isGreaterThanOrEqualTo(180);
      assertThat(sameJpeg).isGreaterThanOrEqualTo(180);
    } finally {
      models.closeAll();
    }
  }

  private static int sameClass(List<float[]> a, List<float[]> b) {
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      if (argMax(a.get(i)) == argMax(b.get(i))) {
        same++;
      }
    }
    return same;
  }
}
