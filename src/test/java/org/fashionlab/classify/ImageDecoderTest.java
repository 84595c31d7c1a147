package org.fashionlab.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

  private final ImageDecoder decoder =
      new ImageDecoder(new ClassifyProperties(10, 40, 100, 50, 30));
  private final PhotoPreprocessor preprocessor = new PhotoPreprocessor();

  private byte[] photo(String format) {
    return ProductPhotos.encode(
        ProductPhotos.render(SharedDatasets.get().pixels(Split.TEST, 0), 10, 40), format);
  }

  private void assertRefused(byte[] file, String reason) {
    assertThatThrownBy(() -> decoder.decode(file))
        .isInstanceOf(ImageRefusedException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void emptyFilesAreRefused() {
    assertRefused(new byte[0], "The file is empty");
  }

  @Test
  void textAndExecutablesRenamedPngAreRefused() {
    assertRefused(BadImages.text(), "not an image Fashion Lab can read");
    assertRefused(BadImages.executable(), "not an image Fashion Lab can read");
  }

  @Test
  void svgIsRefused() {
    assertRefused(BadImages.svg(), "SVG drawings are not supported");
  }

  @Test
  void truncatedPngAndJpegAreRefused() {
    assertRefused(BadImages.truncated(photo("png")), "damaged or truncated");
    assertRefused(BadImages.truncated(photo("jpg")), "damaged or truncated");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader() {
    byte[] bomb = BadImages.decompressionBomb();
    assertThat(bomb.length).isLessThan(200_000);
    assertRefused(bomb, "10000 x 5000 pixels (50.0 megapixels); the limit is 40");
  }

  @Test
  void filesOverTheSizeLimitAreRefused() {
    ImageDecoder small = new ImageDecoder(new ClassifyProperties(1, 40, 100, 50, 30));
    assertThatThrownBy(() -> small.decode(new byte[2 * 1024 * 1024]))
        .isInstanceOf(ImageRefusedException.class)
        .hasMessageContaining("larger than 1 MB");
  }

  @Test
  void sixteenBitGreyPngGivesTheSameInputAsItsEightBitTwin() {
    int[] original = SharedDatasets.get().pixels(Split.TEST, 0);
    ImageDecoder.Decoded sixteen = decoder.decode(BadImages.sixteenBitPng(original));
    ImageDecoder.Decoded eight = decoder.decode(BadImages.eightBitPng(original));
    float[] fromSixteen = preprocessor.process(sixteen.image(), 1).input();
    float[] fromEight = preprocessor.process(eight.image(), 1).input();
    for (int i = 0; i < fromEight.length; i++) {
      assertThat(fromSixteen[i])
          .isCloseTo(fromEight[i], org.assertj.core.data.Offset.offset(1.5f / 255));
    }
    assertThat(sixteen.image().getColorModel().getComponentSize(0)).isEqualTo(16);
  }

  @Test
  void transparentPngIsFlattenedOnWhiteThenInverted() {
    ImageDecoder.Decoded decoded = decoder.decode(BadImages.transparentPng());
    PhotoPreprocessor.Result result = preprocessor.process(decoded.image(), 1);
    assertThat(result.inverted()).isTrue();
    // The 40x60 square fills the height: columns 0..3 are black padding, the middle bright.
    assertThat(result.input()[14 * 28]).isZero();
    assertThat(result.input()[14 * 28 + 14]).isGreaterThan(0.9f);
  }

  @Test
  void animatedGifGivesItsFirstFrame() throws IOException {
    ImageDecoder.Decoded decoded = decoder.decode(BadImages.animatedGif());
    assertThat(decoded.format()).isEqualTo("gif");
    float[] input = preprocessor.process(decoded.image(), 1).input();
    // Frame 1 is a tall bar (20x40): after padding, the left and right quarters are black.
    assertThat(input[14 * 28 + 2]).isZero();
    assertThat(input[2 * 28 + 14]).isGreaterThan(0.9f);
  }

  @Test
  void cmykJpegIsRead() throws IOException {
    ImageDecoder.Decoded decoded = decoder.decode(BadImages.cmykJpeg());
    assertThat(decoded.image().getWidth()).isEqualTo(64);
    float[] input = preprocessor.process(decoded.image(), 1).input();
    assertThat(input).hasSize(784);
  }

  @Test
  void cmykAndYcckJpegsWithoutAnIccProfileAreReadWithANoteNotRefused() throws IOException {
    for (int transform : new int[] {0, 2}) {
      ImageDecoder.Decoded decoded = decoder.decode(BadImages.adobeJpeg(transform));
      assertThat(decoded.image().getWidth()).isEqualTo(64);
      assertThat(decoded.notes()).containsExactly(ImageDecoder.COLOUR_NOTE);
      assertThat(preprocessor.process(decoded.image(), 1).input()).hasSize(784);
    }
    // The CMYK file's rectangle of black ink inside a blank border survives the conversion.
    ImageDecoder.Decoded cmyk = decoder.decode(BadImages.adobeJpeg(0));
    int inside = cmyk.image().getRGB(32, 32) & 0xff;
    int border = cmyk.image().getRGB(2, 2) & 0xff;
    assertThat(inside).isLessThan(border - 60);
  }

  @Test
  void aTruncatedCmykJpegIsStillRefusedAsDamaged() throws IOException {
    assertRefused(BadImages.truncated(BadImages.adobeJpeg(0)), "damaged or truncated");
  }

  @Test
  void imagesSmallerThanAFashionMnistImageAreRefused() {
    assertRefused(BadImages.onePixel(), "only 1 x 1 pixels: too small to be a photo of clothing");
    assertRefused(
        ProductPhotos.encode(new java.awt.image.BufferedImage(40, 27, 1), "png"),
        "only 40 x 27 pixels");
  }

  @Test
  void webpIsRead() {
    ImageDecoder.Decoded decoded = decoder.decode(BadImages.webp());
    assertThat(decoded.format()).isEqualTo("webp");
    assertThat(decoded.image().getWidth()).isEqualTo(32);
    assertThat(decoded.notes()).isEmpty();
  }

  @Test
  void exifOrientationOfAPortraitPhotoTurnsItUpright() {
    // Stored landscape: a dark bar across the top of a 120 x 60 white image.
    java.awt.image.BufferedImage stored =
        new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = stored.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 120, 60);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(10, 5, 100, 12);
    g.dispose();
    ImageDecoder.Decoded decoded = decoder.decode(BadImages.jpegWithOrientation(stored, 6));
    assertThat(decoded.orientation()).isEqualTo(6);
    PhotoPreprocessor.Result result = preprocessor.process(decoded.image(), decoded.orientation());
    java.awt.image.BufferedImage upright = result.steps().get(0).image();
    assertThat(upright.getWidth()).isEqualTo(60);
    assertThat(upright.getHeight()).isEqualTo(120);
    // Turned clockwise, the bar along the top now stands along the right edge.
    assertThat(upright.getRGB(60 - 11, 60) & 0xff).isLessThan(80);
    assertThat(upright.getRGB(11, 60) & 0xff).isGreaterThan(200);
  }
}
