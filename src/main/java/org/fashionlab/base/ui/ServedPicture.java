package org.fashionlab.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.OutputStream;

/**
 * A picture drawn on the server, encoded for the size it is shown at and fetched by the browser as
 * a download of its own ({@code Image(handler(), alt)}), so that it does not travel inside the
 * page's update: a photo-like picture is shrunk to {@code maxSide} pixels and sent as JPEG, a small
 * pixel image (up to {@link #PIXEL_IMAGE_SIDE}) as PNG at its own size, for CSS to enlarge sharply.
 * The handler lives as long as the element it is set on: replacing the element releases it.
 */
public record ServedPicture(byte[] bytes, String contentType) {

  /** Pictures up to this side are pixel images (such as 28 x 28 network inputs): PNG, unscaled. */
  public static final int PIXEL_IMAGE_SIDE = 64;

  /** Encodes {@code image} for a place of at most {@code maxSide} pixels. */
  public static ServedPicture of(BufferedImage image, int maxSide) {
    if (Math.max(image.getWidth(), image.getHeight()) <= PIXEL_IMAGE_SIDE) {
      return new ServedPicture(PngData.encode(image), "image/png");
    }
    return new ServedPicture(PngData.encode(opaque(shrunk(image, maxSide)), "jpg"), "image/jpeg");
  }

  /** Serves the bytes; the same bytes each time the browser asks. */
  public DownloadHandler handler() {
    byte[] served = bytes;
    String type = contentType;
    return event -> {
      event.setContentType(type);
      event.setContentLength(served.length);
      try (OutputStream out = event.getOutputStream()) {
        out.write(served);
      }
    };
  }

  private static BufferedImage shrunk(BufferedImage image, int maxSide) {
    int side = Math.max(image.getWidth(), image.getHeight());
    if (side <= maxSide) {
      return image;
    }
    int width = Math.max(1, Math.round((float) image.getWidth() * maxSide / side));
    int height = Math.max(1, Math.round((float) image.getHeight() * maxSide / side));
    int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image.getType() : 0;
    return draw(image, width, height, type == 0 ? BufferedImage.TYPE_INT_RGB : type);
  }

  /** JPEG has no transparency: transparent parts on white, as the preprocessing shows them. */
  private static BufferedImage opaque(BufferedImage image) {
    int type = image.getType();
    if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    return draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
  }

  private static BufferedImage draw(BufferedImage image, int width, int height, int type) {
    BufferedImage out = new BufferedImage(width, height, type);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
