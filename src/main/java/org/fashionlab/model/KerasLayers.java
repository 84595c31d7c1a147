package org.fashionlab.model;

import java.util.ArrayList;
import java.util.List;

/** The layers of a network as R keras calls, one per line, for {@link KerasCode}. */
final class KerasLayers {

  private static final int SIDE = KerasCode.SIDE;

  /** R's shape of one grey image, and of one with its channel: c(28, 28) and c(28, 28, 1). */
  private static final String IMAGE = "c(" + SIDE + ", " + SIDE + ")";

  private static final String IMAGE_WITH_CHANNEL = "c(" + SIDE + ", " + SIDE + ", 1)";

  private KerasLayers() {}

  /**
   * keras_model_sequential()'s layers, input first; lines starting with # are comments. An
   * augmentation is keras' random layers at the input, which act only while fitting.
   */
  static List<String> of(NetworkSpec network, Augmentation augmentation) {
    return network instanceof CnnSpec cnn
        ? cnn(cnn, augmentation)
        : mlp((MlpSpec) network, augmentation);
  }

  /** The augmentation's comment, its flip layer, then the layers after the flip. */
  private static void randomLayers(
      List<String> layers, Augmentation augmentation, String flipShape) {
    boolean shift = augmentation == Augmentation.MIRROR_AND_SHIFT;
    String share = Augmentation.SHIFT_PIXELS + " / " + SIDE;
    layers.add(
        switch (augmentation) {
          case MIRROR_AND_SHIFT ->
              "# training images mirrored and shifted up to "
                  + Augmentation.SHIFT_PIXELS
                  + " pixels at random while fitting (keras also by parts of a pixel)";
          case MIRROR_AND_ERASE ->
              "# training images mirrored at random, and half of them with a random rectangle"
                  + " blacked out (random erasing: no keras layer, a custom one would do it)";
          default -> "# each training image mirrored left-right at random (only while fitting)";
        });
    layers.add("layer_random_flip(mode = \"horizontal\"" + flipShape + ")");
    if (shift) {
      layers.add(
          "layer_random_translation(height_factor = "
              + share
              + ", width_factor = "
              + share
              + ", fill_mode = \"constant\")");
    }
  }

  private static List<String> mlp(MlpSpec mlp, Augmentation augmentation) {
    List<String> layers = new ArrayList<>();
    if (augmentation == Augmentation.NONE) {
      layers.add("layer_flatten(input_shape = " + IMAGE + ")");
    } else {
      // keras' random layers take images with channels.
      layers.add(
          "layer_reshape(target_shape = " + IMAGE_WITH_CHANNEL + ", input_shape = " + IMAGE + ")");
      randomLayers(layers, augmentation, "");
      layers.add("layer_flatten()");
    }
    dense(layers, mlp.hiddenLayers(), mlp.activation(), mlp.dropout());
    layers.add("layer_dense(units = " + NetworkSummary.CLASSES + ", activation = \"softmax\")");
    return layers;
  }

  private static List<String> cnn(CnnSpec cnn, Augmentation augmentation) {
    List<String> layers = new ArrayList<>();
    boolean changed = augmentation != Augmentation.NONE;
    if (changed) {
      randomLayers(layers, augmentation, ", input_shape = " + IMAGE_WITH_CHANNEL);
    }
    for (int i = 0; i < cnn.convBlocks().size(); i++) {
      conv(layers, cnn.convBlocks().get(i), i == 0 && !changed);
    }
    layers.add("layer_flatten()");
    dense(layers, cnn.denseLayers(), cnn.denseActivation(), cnn.dropout());
    layers.add("layer_dense(units = " + NetworkSummary.CLASSES + ", activation = \"softmax\")");
    return layers;
  }

  private static void dense(
      List<String> layers, List<Integer> nodes, ActivationKind activation, double dropout) {
    for (int units : nodes) {
      if (activation == ActivationKind.LEAKY_RELU) {
        layers.add("layer_dense(units = " + units + ")");
        layers.add(activationLayer(activation));
      } else {
        layers.add("layer_dense(units = " + units + ", activation = " + name(activation) + ")");
      }
      if (dropout > 0) {
        layers.add("layer_dropout(rate = " + number(dropout) + ")");
      }
    }
  }

  private static void conv(List<String> layers, ConvBlockSpec block, boolean first) {
    List<String> args = new ArrayList<>();
    args.add("filters = " + block.filters());
    args.add("kernel_size = " + pair(block.kernel()));
    if (block.stride() > 1) {
      args.add("strides = " + pair(block.stride()));
    }
    if (block.padding() == PaddingKind.SAME) {
      args.add("padding = \"same\"");
    }
    boolean separateActivation =
        block.batchNorm() || block.activation() == ActivationKind.LEAKY_RELU;
    if (!separateActivation) {
      args.add("activation = " + name(block.activation()));
    }
    if (first) {
      args.add("input_shape = " + IMAGE_WITH_CHANNEL);
    }
    if (block.padding() == PaddingKind.SAME && block.stride() > 1) {
      layers.add(
          "# keras pads \"same\" on the bottom and right only; Fashion Lab pads "
              + block.padding().pixels(block.kernel())
              + " pixel(s) on every side: same size, windows shifted by a pixel");
    }
    layers.add("layer_conv_2d(" + String.join(", ", args) + ")");
    if (block.batchNorm()) {
      // DJL's defaults, which differ from keras' (momentum 0.99, epsilon 0.001).
      layers.add("layer_batch_normalization(momentum = 0.9, epsilon = 1e-05)");
    }
    if (separateActivation) {
      layers.add(activationLayer(block.activation()));
    }
    String window = pair(block.poolSize());
    switch (block.pooling()) {
      case MAX -> layers.add("layer_max_pooling_2d(pool_size = " + window + ")");
      case AVG -> layers.add("layer_average_pooling_2d(pool_size = " + window + ")");
      case NONE -> {}
    }
  }

  private static String activationLayer(ActivationKind activation) {
    // keras' leaky ReLU slope defaults to 0.3; Fashion Lab's is the PyTorch one.
    return activation == ActivationKind.LEAKY_RELU
        ? "layer_activation_leaky_relu(alpha = "
            + Float.toString(BlockFactory.LEAKY_RELU_ALPHA)
            + ")"
        : "layer_activation(activation = " + name(activation) + ")";
  }

  private static String name(ActivationKind activation) {
    return switch (activation) {
      case RELU -> "\"relu\"";
      case SIGMOID -> "\"sigmoid\"";
      case TANH -> "\"tanh\"";
      case ELU -> "\"elu\"";
      case GELU -> "\"gelu\"";
      case LEAKY_RELU -> throw new IllegalArgumentException("leaky ReLU is a layer of its own");
    };
  }

  private static String pair(int n) {
    return "c(" + n + ", " + n + ")";
  }

  private static String number(double value) {
    return KerasCode.number(value);
  }
}
