package org.fashionlab.dataset;

import java.util.Arrays;
import java.util.List;

/** The ten Fashion-MNIST classes, in label order (label 0 is T-shirt/top). */
public enum FashionClass {
  T_SHIRT_TOP("T-shirt/top"),
  TROUSER("Trouser"),
  PULLOVER("Pullover"),
  DRESS("Dress"),
  COAT("Coat"),
  SANDAL("Sandal"),
  SHIRT("Shirt"),
  SNEAKER("Sneaker"),
  BAG("Bag"),
  ANKLE_BOOT("Ankle boot");

  private final String label;

  FashionClass(String label) {
    this.label = label;
  }

  /** The class name as the course writes it. */
  public String label() {
    return label;
  }

  /** The class of a numeric label 0..9. */
  public static FashionClass of(int label) {
    return values()[label];
  }

  /**
   * The one-hot encoding of this class, as Keras' {@code to_categorical} makes it: ten numbers, 1
   * at this class's label and 0 elsewhere.
   */
  public int[] oneHot() {
    int[] vector = new int[values().length];
    vector[ordinal()] = 1;
    return vector;
  }

  /** All class names in label order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(FashionClass::label).toList();
  }
}
