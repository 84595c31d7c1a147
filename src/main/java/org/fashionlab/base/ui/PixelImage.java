package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;

/** A square grey-scale image (such as a 28x28 Fashion-MNIST item) enlarged with sharp pixels. */
public class PixelImage extends Image {

  /**
   * @param pixels grey values 0..255, row by row, of a square image
   * @param scale how many screen pixels each image pixel becomes
   * @param description the alternative text
   */
  public PixelImage(int[] pixels, int scale, String description) {
    super(dataUrl(pixels, scale), description);
    addClassName("fl-pixel-image");
  }

  /** The image as a PNG data URL, each pixel drawn as a scale x scale square. */
  public static String dataUrl(int[] pixels, int scale) {
    return PngData.dataUrl(png(pixels, scale));
  }

  /** The image as PNG bytes, each pixel drawn as a scale x scale square. */
  public static byte[] png(int[] pixels, int scale) {
    int side = (int) Math.round(Math.sqrt(pixels.length));
    if (side * side != pixels.length || scale < 1) {
      throw new IllegalArgumentException("need a square image and a scale of at least 1");
    }
    BufferedImage image =
        new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < side * scale; y++) {
      for (int x = 0; x < side * scale; x++) {
        int grey = pixels[(y / scale) * side + x / scale];
        image.getRaster().setSample(x, y, 0, grey);
      }
    }
    return PngData.encode(image);
  }
}
