package org.fashionlab.base.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * PNG encoding of images drawn on the server, as bytes or as {@code data:} URLs for Image (and JPEG
 * bytes for {@link ServedPicture}).
 */
public final class PngData {

  private PngData() {}

  /** The image as PNG bytes. */
  public static byte[] encode(BufferedImage image) {
    return encode(image, "png");
  }

  /** The image in an ImageIO format ("png", "jpg": for JPEG without an alpha channel). */
  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen
    }
    return out.toByteArray();
  }

  /** PNG bytes as a data URL. */
  public static String dataUrl(byte[] png) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** The image as a PNG data URL. */
  public static String dataUrl(BufferedImage image) {
    return dataUrl(encode(image));
  }
}
