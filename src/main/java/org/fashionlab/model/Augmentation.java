package org.fashionlab.model;

/**
 * What is done to the training images before each step, fresh at every epoch; validation and test
 * images are never changed. Mirroring left-right keeps every Fashion-MNIST class what it is (a shoe
 * pointing the other way is still a shoe) and gives the network twice the pictures to learn from
 * (Keras' {@code layer_random_flip(mode = "horizontal")}).
 */
public enum Augmentation {
  NONE("none", "none"),
  MIRROR("mirrored left-right at random", "mirror"),
  MIRROR_AND_SHIFT("mirrored left-right and shifted up to 2 pixels at random", "mirror and shift"),
  MIRROR_AND_ERASE(
      "mirrored left-right and half of them with a random patch blacked out", "mirror and erase");

  /** How far {@link #MIRROR_AND_SHIFT} shifts an image at most, in each direction. */
  public static final int SHIFT_PIXELS = 2;

  private final String label;
  private final String choice;

  Augmentation(String label, String choice) {
    this.label = label;
    this.choice = choice;
  }

  /** What is done, as a sentence part: "training images " + label. */
  public String label() {
    return label;
  }

  /** The short name a form's choice shows. */
  public String choice() {
    return choice;
  }
}
