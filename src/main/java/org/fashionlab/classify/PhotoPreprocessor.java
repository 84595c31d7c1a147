package org.fashionlab.classify;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fashionlab.classify.Classification.Step;
import org.fashionlab.dataset.DatasetService;

/**
 * Turns a photo into a Fashion-MNIST-like input, keeping each step to be drawn: upright (EXIF),
 * flattened on white and grey, inverted when the background is light (Fashion-MNIST shows a light
 * object on black), cropped to the object, padded to a square, and shrunk to 28 x 28 so that the
 * object's longest side fills the frame, as it does in 99% of Fashion-MNIST images. An image that
 * already is 28 x 28 with a dark background is used as it is.
 */
final class PhotoPreprocessor {

  static final int SIDE = 28;

  /**
   * Photos are first shrunk to at most this side: plenty for a 28-pixel result, and a little more
   * than the step pictures' 140 CSS pixels need on a high-density screen. At 1024 the steps took 15
   * ms of a Classify request (bench/classify); each step works on every pixel.
   */
  static final int WORKING_SIDE = 384;

  /**
   * A pixel belongs to the object when it is this far above the background (0..255), or further
   * where the background is noisy (JPEG artefacts, paper texture).
   */
  private static final int OBJECT_THRESHOLD = 4;

  /** All steps and the network input: 784 values in [0, 1], row by row. */
  record Result(List<Step> steps, float[] input, boolean inverted) {}

  Result process(BufferedImage photo, int orientation) {
    List<Step> steps = new ArrayList<>();
    // Shrunk first: turning a phone's 12-megapixel photo upright costs far more than turning the
    // working copy, and shrinking to a longest side does not depend on which side is up.
    BufferedImage upright = orient(shrink(photo, WORKING_SIDE), orientation);
    steps.add(new Step("Your photo", "turned upright as its EXIF orientation says", () -> upright));

    Grey grey = Grey.of(upright);
    steps.add(new Step("Grey", "transparent parts on white, colours to grey levels", grey::image));

    int background = grey.borderMedian();
    boolean inverted = background > 127;
    if (!inverted && grey.width() == SIDE && grey.height() == SIDE) {
      // Already what the network takes: cropping and stretching it again would change the very
      // pixels it was trained on (a Fashion-MNIST image uploaded as a PNG must predict the same).
      steps.add(
          new Step(
              "28 x 28",
              "already 28 x 28 on a dark background, like Fashion-MNIST: used as it is",
              grey::image));
      return new Result(steps, DatasetService.scaled(grey.values()), false);
    }
    Grey object =
        (inverted ? grey.inverted() : grey)
            .minusBackground(inverted ? 255 - background : background);
    steps.add(
        new Step(
            inverted ? "Inverted" : "Background removed",
            inverted
                ? "light background: inverted, so the object is light on black like Fashion-MNIST"
                : "dark background kept; its grey level subtracted",
            object::image));

    int noise = object.borderPercentile(0.9) - object.borderPercentile(0.5);
    int[] box = object.boundingBox(Math.max(OBJECT_THRESHOLD, 2 * noise + OBJECT_THRESHOLD));
    Grey cropped = object.crop(box[0], box[1], box[2], box[3]);
    steps.add(new Step("Cropped", "cut to the object's bounding box", cropped::image));

    Grey square = cropped.padToSquare();
    steps.add(
        new Step("Square", "padded with black to a square, aspect ratio kept", square::image));

    Grey small = square.resize(SIDE);
    steps.add(
        new Step("28 x 28", "what the network sees: grey values scaled to 0..1", small::image));

    float[] input = DatasetService.scaled(small.values());
    return new Result(steps, input, inverted);
  }

  /** Applies an EXIF orientation (1..8) so the image is upright. */
  static BufferedImage orient(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
      case 7 -> t.setTransform(0, -1, -1, 0, h, w);
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
      default -> {}
    }
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, t, null);
    g.dispose();
    return out;
  }

  static BufferedImage flattenOnWhite(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /**
   * Shrinks to at most {@code maxSide}, halving with 2 x 2 means (so no pixel is skipped) and a
   * last bilinear step to the size. AWT's area-averaging filter gives the same picture but took
   * about 30 ms for an 800-pixel photo, twice the rest of the preprocessing; Java2D's bilinear
   * halving of a decoded 800-pixel JPEG took 2.5-5 ms of a 9-11 ms preprocessing, reading its bytes
   * directly 1.2 (BENCHMARKS.md, "Classify").
   */
  static BufferedImage shrink(BufferedImage image, int maxSide) {
    int longest = Math.max(image.getWidth(), image.getHeight());
    if (longest <= maxSide) {
      return image;
    }
    double scale = (double) maxSide / longest;
    int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
    BufferedImage current = image;
    int cw = image.getWidth();
    int ch = image.getHeight();
    HalvedRgb halved = HalvedRgb.of(image, w, h);
    if (halved != null) {
      current = halved.image();
      cw = current.getWidth();
      ch = current.getHeight();
    }
    while (cw != w || ch != h) {
      cw = Math.max(w, cw / 2);
      ch = Math.max(h, ch / 2);
      BufferedImage next = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = next.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(current, 0, 0, cw, ch, null);
      g.dispose();
      current = next;
    }
    return current;
  }

  /**
   * 2 x 2 means of an opaque 8-bit sRGB image laid out as interleaved bytes (what the JPEG reader
   * decodes), read straight from its data buffer and halved until one more halving would go below
   * the target size; anything else is left to Java2D.
   */
  record HalvedRgb(int width, int height, int[] rgb) {

    static HalvedRgb of(BufferedImage image, int targetWidth, int targetHeight) {
      int w = image.getWidth();
      int h = image.getHeight();
      ColorModel model = image.getColorModel();
      Raster raster = image.getRaster();
      if (w / 2 < targetWidth
          || h / 2 < targetHeight
          || model.hasAlpha()
          || !model.getColorSpace().isCS_sRGB()
          || !(raster.getSampleModel() instanceof ComponentSampleModel layout)
          || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
          || layout.getNumBands() != 3
          || buffer.getNumBanks() != 1
          || Arrays.stream(layout.getSampleSize()).anyMatch(bits -> bits != 8)) {
        return null;
      }
      byte[] data = buffer.getData();
      int stride = layout.getScanlineStride();
      int pixel = layout.getPixelStride();
      int[] bands = layout.getBandOffsets();
      int origin =
          buffer.getOffset()
              - raster.getSampleModelTranslateY() * stride
              - raster.getSampleModelTranslateX() * pixel;
      int hw = w / 2;
      int hh = h / 2;
      int[] rgb = new int[hw * hh];
      for (int y = 0; y < hh; y++) {
        int top = origin + 2 * y * stride;
        for (int x = 0; x < hw; x++) {
          int a = top + 2 * x * pixel;
          int b = a + pixel;
          int c = a + stride;
          int d = c + pixel;
          int red = mean(data, a, b, c, d, bands[0]);
          int green = mean(data, a, b, c, d, bands[1]);
          int blue = mean(data, a, b, c, d, bands[2]);
          rgb[y * hw + x] = red << 16 | green << 8 | blue;
        }
      }
      HalvedRgb halved = new HalvedRgb(hw, hh, rgb);
      while (halved.width / 2 >= targetWidth && halved.height / 2 >= targetHeight) {
        halved = halved.halved();
      }
      return halved;
    }

    private static int mean(byte[] data, int a, int b, int c, int d, int band) {
      return ((data[a + band] & 0xff)
              + (data[b + band] & 0xff)
              + (data[c + band] & 0xff)
              + (data[d + band] & 0xff)
              + 2)
          >> 2;
    }

    /** The rounded mean of one 8-bit channel (at {@code shift}) of four packed pixels. */
    private static int mean(int a, int b, int c, int d, int shift) {
      return (((a >> shift) & 0xff)
              + ((b >> shift) & 0xff)
              + ((c >> shift) & 0xff)
              + ((d >> shift) & 0xff)
              + 2)
          >> 2;
    }

    HalvedRgb halved() {
      int hw = width / 2;
      int hh = height / 2;
      int[] out = new int[hw * hh];
      for (int y = 0; y < hh; y++) {
        for (int x = 0; x < hw; x++) {
          int a = rgb[2 * y * width + 2 * x];
          int b = rgb[2 * y * width + 2 * x + 1];
          int c = rgb[(2 * y + 1) * width + 2 * x];
          int d = rgb[(2 * y + 1) * width + 2 * x + 1];
          out[y * hw + x] =
              mean(a, b, c, d, 16) << 16 | mean(a, b, c, d, 8) << 8 | mean(a, b, c, d, 0);
        }
      }
      return new HalvedRgb(hw, hh, out);
    }

    BufferedImage image() {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      System.arraycopy(
          rgb, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, rgb.length);
      return image;
    }
  }

  /** A grey image as 0..255 values, row by row. */
  record Grey(int width, int height, int[] values) {

    /**
     * Grey levels 0..255 with transparent parts on white. Grey images are read from their samples
     * (scaled from 8 or 16 bits); colour images by Rec. 601 luma of their sRGB values. (Java2D
     * would convert grey images through a linear colour space and shift every mid-tone.)
     */
    static Grey of(BufferedImage image) {
      int w = image.getWidth();
      int h = image.getHeight();
      int[] values = new int[w * h];
      ColorModel model = image.getColorModel();
      if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
          && !(model instanceof IndexColorModel)) {
        Raster raster = image.getRaster();
        double greyMax = (1 << model.getComponentSize(0)) - 1;
        boolean alpha = model.hasAlpha();
        double alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            double grey = raster.getSample(x, y, 0) * 255 / greyMax;
            double a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1;
            values[y * w + x] = (int) Math.round(a * grey + (1 - a) * 255);
          }
        }
        return new Grey(w, h, values);
      }
      int[] argb = flattenOnWhite(image).getRGB(0, 0, w, h, null, 0, w);
      for (int i = 0; i < argb.length; i++) {
        int p = argb[i];
        values[i] =
            (int)
                Math.round(
                    0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff));
      }
      return new Grey(w, h, values);
    }

    BufferedImage image() {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      image.getRaster().setPixels(0, 0, width, height, values);
      return image;
    }

    /** Median grey level of the outermost rows and columns: the background. */
    int borderMedian() {
      return borderPercentile(0.5);
    }

    /** The grey level below which {@code share} of the border pixels lie. */
    int borderPercentile(double share) {
      int[] border = new int[2 * width + 2 * Math.max(0, height - 2)];
      int n = 0;
      for (int x = 0; x < width; x++) {
        border[n++] = values[x];
        if (height > 1) {
          border[n++] = values[(height - 1) * width + x];
        }
      }
      for (int y = 1; y < height - 1; y++) {
        border[n++] = values[y * width];
        if (width > 1) {
          border[n++] = values[y * width + width - 1];
        }
      }
      int[] sorted = Arrays.copyOf(border, n);
      Arrays.sort(sorted);
      return sorted[Math.min(n - 1, (int) (n * share))];
    }

    Grey inverted() {
      return new Grey(width, height, Arrays.stream(values).map(v -> 255 - v).toArray());
    }

    /** Subtracts the background level and stretches what is left to 0..255. */
    Grey minusBackground(int background) {
      int max = Arrays.stream(values).max().orElse(0);
      double scale = max > background ? 255.0 / (max - background) : 0;
      return new Grey(
          width,
          height,
          Arrays.stream(values)
              .map(v -> (int) Math.round(Math.max(0, v - background) * scale))
              .toArray());
    }

    /** {x, y, width, height} of the pixels above {@code threshold}; the whole image if none. */
    int[] boundingBox(int threshold) {
      int minX = width;
      int minY = height;
      int maxX = -1;
      int maxY = -1;
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          if (values[y * width + x] > threshold) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
          }
        }
      }
      return maxX < 0
          ? new int[] {0, 0, width, height}
          : new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    Grey crop(int x0, int y0, int w, int h) {
      int[] out = new int[w * h];
      for (int y = 0; y < h; y++) {
        System.arraycopy(values, (y0 + y) * width + x0, out, y * w, w);
      }
      return new Grey(w, h, out);
    }

    /**
     * Shrinks a square image to {@code side} x {@code side} by area averaging: each output pixel is
     * the mean of the input area it covers, partial pixels weighted by their share. (Java2D's
     * scaling of grey images goes through a linear colour space and shifts mid-tones.)
     */
    Grey resize(int side) {
      double scale = (double) width / side;
      int[] out = new int[side * side];
      for (int oy = 0; oy < side; oy++) {
        for (int ox = 0; ox < side; ox++) {
          out[oy * side + ox] = (int) Math.round(areaMean(ox * scale, oy * scale, scale));
        }
      }
      return new Grey(side, side, out);
    }

    private double areaMean(double x0, double y0, double size) {
      double sum = 0;
      double weight = 0;
      for (int y = (int) y0; y < Math.min(height, Math.ceil(y0 + size)); y++) {
        double wy = Math.min(y + 1, y0 + size) - Math.max(y, y0);
        for (int x = (int) x0; x < Math.min(width, Math.ceil(x0 + size)); x++) {
          double w = wy * (Math.min(x + 1, x0 + size) - Math.max(x, x0));
          sum += w * values[y * width + x];
          weight += w;
        }
      }
      return weight == 0 ? 0 : sum / weight;
    }

    Grey padToSquare() {
      int side = Math.max(width, height);
      int[] out = new int[side * side];
      int left = (side - width) / 2;
      int top = (side - height) / 2;
      for (int y = 0; y < height; y++) {
        System.arraycopy(values, y * width, out, (top + y) * side + left, width);
      }
      return new Grey(side, side, out);
    }
  }
}
