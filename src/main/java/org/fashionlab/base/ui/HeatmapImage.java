package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;

/**
 * A small square map of real numbers (a convolution filter, a feature map) drawn as an image with
 * sharp pixels. Diverging maps show negative values blue, zero white, positive red; the others run
 * from white (lowest) to black (highest).
 */
public class HeatmapImage extends Image {

  /**
   * @param values side x side numbers, row by row
   * @param diverging colour by sign around zero instead of from the lowest to the highest value
   * @param scale how many screen pixels each value becomes
   */
  public HeatmapImage(float[] values, boolean diverging, int scale, String description) {
    super(PngData.dataUrl(png(values, diverging, scale)), description);
    addClassName("fl-heatmap-image");
  }

  static byte[] png(float[] values, boolean diverging, int scale) {
    int side = (int) Math.round(Math.sqrt(values.length));
    if (side * side != values.length) {
      throw new IllegalArgumentException("need a square map");
    }
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    float extent = Math.max(Math.abs(min), Math.abs(max));
    BufferedImage image = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side * scale; y++) {
      for (int x = 0; x < side * scale; x++) {
        float v = values[(y / scale) * side + x / scale];
        image.setRGB(x, y, diverging ? diverging(v, extent) : grey(v, min, max));
      }
    }
    return PngData.encode(image);
  }

  private static int diverging(float v, float extent) {
    float t = extent == 0 ? 0 : Math.min(1, Math.abs(v) / extent);
    int fade = Math.round(255 * (1 - t));
    return v >= 0 ? rgb(255, fade, fade) : rgb(fade, fade, 255);
  }

  private static int grey(float v, float min, float max) {
    float t = max == min ? 0 : (v - min) / (max - min);
    int level = Math.round(255 * (1 - t));
    return rgb(level, level, level);
  }

  private static int rgb(int r, int g, int b) {
    return (r << 16) | (g << 8) | b;
  }
}
