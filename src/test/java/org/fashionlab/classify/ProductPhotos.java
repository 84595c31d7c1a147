package org.fashionlab.classify;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Renders Fashion-MNIST images the way a product photo looks: dark object, white background. */
public final class ProductPhotos {

  private ProductPhotos() {}

  /** The 28x28 image inverted, scaled up {@code scale} times, framed by a white margin. */
  public static BufferedImage render(int[] pixels, int scale, int margin) {
    // sRGB grey (r = g = b): a TYPE_BYTE_GRAY source would be gamma-converted when drawn.
    BufferedImage small = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < pixels.length; i++) {
      int v = 255 - pixels[i];
      small.setRGB(i % 28, i / 28, (v << 16) | (v << 8) | v);
    }
    int side = 28 * scale + 2 * margin;
    BufferedImage photo = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, side, side);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(small, margin, margin, 28 * scale, 28 * scale, null);
    g.dispose();
    return photo;
  }

  public static byte[] encode(BufferedImage image, String format) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
