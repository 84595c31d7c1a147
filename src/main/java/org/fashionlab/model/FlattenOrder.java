package org.fashionlab.model;

/**
 * The order in which a convolutional network's flatten lays out its features for the dense head.
 * The dense layer's weights are learned in that order, so a trained model must be rebuilt with the
 * order it was trained with: the model's parameter file says which ({@link #PROPERTY}), and a file
 * without it was trained channels-first.
 *
 * <p>A multilayer perceptron sees one channel, where both orders are the same.
 */
public enum FlattenOrder {
  /** Channel, row, column (PyTorch's own order): every model trained before this was written. */
  CHANNELS_FIRST("channels-first"),
  /**
   * Row, column, channel (Keras' order). The images reach the first convolution with their one
   * channel last in memory (DJL's ToTensor transposes them), and libtorch keeps the convolutions'
   * outputs channels-last: flattening in this order is then a view, where the other order copies
   * the whole feature map forward and converts its gradient back (BENCHMARKS.md, issue 17).
   */
  CHANNELS_LAST("channels-last");

  /** The model property (in DJL's parameter file header) that names the order. */
  public static final String PROPERTY = "fashionlab.flatten";

  /** The order new models are trained with. */
  public static final FlattenOrder CURRENT = CHANNELS_LAST;

  private final String property;

  FlattenOrder(String property) {
    this.property = property;
  }

  /** The value of {@link #PROPERTY} for this order. */
  public String property() {
    return property;
  }

  /**
   * The order a parameter file's {@link #PROPERTY} names; channels-first when it has none.
   *
   * @throws IllegalArgumentException for a value this version does not know (a newer model)
   */
  public static FlattenOrder ofProperty(String value) {
    if (value == null) {
      return CHANNELS_FIRST;
    }
    for (FlattenOrder order : values()) {
      if (order.property.equals(value)) {
        return order;
      }
    }
    throw new IllegalArgumentException(
        "the model flattens its features in an order this version does not know (\""
            + value
            + "\"): it was made by a newer Fashion Lab");
  }
}
