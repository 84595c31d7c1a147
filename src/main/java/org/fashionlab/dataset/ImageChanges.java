package org.fashionlab.dataset;

/**
 * Random changes to each training image at each step: mirrored left-right at the toss of a coin,
 * and shifted by up to {@code maxShift} pixels in each direction (what the shift uncovers is black,
 * as Fashion-MNIST's background).
 */
public record ImageChanges(boolean mirror, int maxShift) {

  /** The images as they are. */
  public static final ImageChanges NONE = new ImageChanges(false, 0);

  /** The largest shift offered: a seventh of the image's side. */
  public static final int MAX_SHIFT = 4;

  public ImageChanges {
    if (maxShift < 0 || maxShift > MAX_SHIFT) {
      throw new IllegalArgumentException(
          "a shift must be 0 to " + MAX_SHIFT + " pixels, got " + maxShift);
    }
  }

  /** Whether any image is changed at all. */
  public boolean any() {
    return mirror || maxShift > 0;
  }
}
