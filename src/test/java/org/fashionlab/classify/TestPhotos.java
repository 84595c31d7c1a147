package org.fashionlab.classify;

import java.awt.image.BufferedImage;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;

/** Product-photo renderings of Fashion-MNIST test images for tests in other packages. */
public final class TestPhotos {

  private TestPhotos() {}

  /** Test image 10 in the course's 1-based numbering (a sneaker), dark on white, 360 x 360. */
  public static BufferedImage sneaker() {
    return ProductPhotos.render(SharedDatasets.get().pixels(Split.TEST, 9), 10, 40);
  }
}
