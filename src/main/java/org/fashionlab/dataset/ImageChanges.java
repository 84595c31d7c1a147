package org.fashionlab.dataset;

/**
 * Random changes to each training image at each step: mirrored left-right at the toss of a coin,
 * shifted by up to {@code maxShift} pixels in each direction (what the shift uncovers is black, as
 * Fashion-MNIST's background), and with {@code erase} a random rectangle blacked out in half of the
 * images (random erasing, Zhong et al. 2017, with the paper's sizes: 2% to 40% of the image, sides
 * in a ratio of 0.3 to 3.3).
 */
public record ImageChanges(boolean mirror, int maxShift, boolean erase) {

  /** The images as they are. */
  public static final ImageChanges NONE = new ImageChanges(false, 0);

  /** The largest shift offered: a seventh of the image's side. */
  public static final int MAX_SHIFT = 4;

  /** The share of images that get a rectangle blacked out, with {@code erase}. */
  public static final double ERASE_PROBABILITY = 0.5;

  /** The smallest and largest area blacked out, as a share of the image. */
  public static final double ERASE_MIN_AREA = 0.02;

  public static final double ERASE_MAX_AREA = 0.4;

  /** The widest ratio of the rectangle's height to its width, and its inverse the narrowest. */
  public static final double ERASE_MAX_ASPECT = 1 / 0.3;

  /** Mirrored or not and shifted, nothing blacked out. */
  public ImageChanges(boolean mirror, int maxShift) {
    this(mirror, maxShift, false);
  }

  public ImageChanges {
    if (maxShift < 0 || maxShift > MAX_SHIFT) {
      throw new IllegalArgumentException(
          "a shift must be 0 to " + MAX_SHIFT + " pixels, got " + maxShift);
    }
  }

  /** Whether any image is changed at all. */
  public boolean any() {
    return mirror || maxShift > 0 || erase;
  }
}
