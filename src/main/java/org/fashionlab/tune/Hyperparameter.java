package org.fashionlab.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;

/**
 * A hyperparameter a grid can vary, and how a value changes a spec. Values are applied in this
 * order, so "nodes" sets every layer of the layer count chosen before it.
 */
public enum Hyperparameter {
  LAYERS("hidden layers"),
  NODES("nodes per layer"),
  FILTERS("conv filters"),
  DROPOUT("dropout"),
  OPTIMIZER("optimizer"),
  LEARNING_RATE("learning rate"),
  BATCH_SIZE("batch size"),
  EPOCHS("epochs");

  private final String label;

  Hyperparameter(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The spec with this hyperparameter set to {@code value}.
   *
   * @throws IllegalArgumentException when the value cannot be read or does not apply
   */
  public ModelSpec apply(ModelSpec spec, String value) {
    String v = value == null ? "" : value.strip();
    TrainingSettings t = spec.training();
    return switch (this) {
      case LAYERS -> spec.withNetwork(layers(spec.network(), integer(v)));
      case NODES -> spec.withNetwork(nodes(spec.network(), integer(v)));
      case FILTERS -> spec.withNetwork(filters(spec.network(), integer(v)));
      case DROPOUT -> spec.withNetwork(dropout(spec.network(), decimal(v)));
      case OPTIMIZER -> spec.withTraining(t.withOptimizer(optimizer(v)));
      case LEARNING_RATE -> spec.withTraining(t.withLearningRate(decimal(v)));
      case BATCH_SIZE -> spec.withTraining(t.withBatchSize(integer(v)));
      case EPOCHS -> spec.withTraining(t.withEpochs(integer(v)));
    };
  }

  private static NetworkSpec layers(NetworkSpec network, int count) {
    if (network instanceof MlpSpec mlp) {
      return new MlpSpec(resize(mlp.hiddenLayers(), count), mlp.activation(), mlp.dropout());
    }
    CnnSpec cnn = (CnnSpec) network;
    return new CnnSpec(
        cnn.convBlocks(), resize(cnn.denseLayers(), count), cnn.denseActivation(), cnn.dropout());
  }

  private static List<Integer> resize(List<Integer> layers, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("the number of layers cannot be negative");
    }
    int fill = layers.isEmpty() ? 128 : layers.get(layers.size() - 1);
    List<Integer> resized = new ArrayList<>(layers.subList(0, Math.min(count, layers.size())));
    while (resized.size() < count) {
      resized.add(fill);
    }
    return resized;
  }

  private static NetworkSpec nodes(NetworkSpec network, int nodes) {
    if (network instanceof MlpSpec mlp) {
      return new MlpSpec(
          Collections.nCopies(mlp.hiddenLayers().size(), nodes), mlp.activation(), mlp.dropout());
    }
    CnnSpec cnn = (CnnSpec) network;
    if (cnn.denseLayers().isEmpty()) {
      throw new IllegalArgumentException("this CNN has no dense layers to set nodes on");
    }
    return new CnnSpec(
        cnn.convBlocks(),
        Collections.nCopies(cnn.denseLayers().size(), nodes),
        cnn.denseActivation(),
        cnn.dropout());
  }

  private static NetworkSpec filters(NetworkSpec network, int filters) {
    if (!(network instanceof CnnSpec cnn)) {
      throw new IllegalArgumentException("conv filters apply to CNNs only");
    }
    List<ConvBlockSpec> blocks =
        cnn.convBlocks().stream()
            .map(
                b ->
                    new ConvBlockSpec(
                        filters,
                        b.kernel(),
                        b.stride(),
                        b.padding(),
                        b.activation(),
                        b.pooling(),
                        b.poolSize(),
                        b.batchNorm()))
            .toList();
    return new CnnSpec(blocks, cnn.denseLayers(), cnn.denseActivation(), cnn.dropout());
  }

  private static NetworkSpec dropout(NetworkSpec network, double rate) {
    if (network instanceof MlpSpec mlp) {
      return new MlpSpec(mlp.hiddenLayers(), mlp.activation(), rate);
    }
    CnnSpec cnn = (CnnSpec) network;
    return new CnnSpec(cnn.convBlocks(), cnn.denseLayers(), cnn.denseActivation(), rate);
  }

  private static OptimizerKind optimizer(String value) {
    for (OptimizerKind kind : OptimizerKind.values()) {
      if (kind.name().equalsIgnoreCase(value) || kind.label().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "\"" + value + "\" is not an optimizer: use adam, sgd or rmsprop");
  }

  private static int integer(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
    }
  }

  private static double decimal(String value) {
    try {
      return Double.parseDouble(value.replace(',', '.').toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + value + "\" is not a number");
    }
  }
}
