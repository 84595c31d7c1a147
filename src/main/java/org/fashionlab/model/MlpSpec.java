package org.fashionlab.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multilayer perceptron: Flatten (784), hidden Dense layers, Dense 10.
 *
 * @param hiddenLayers nodes in each hidden layer, input side first
 * @param activation activation after every hidden layer
 * @param dropout dropout rate after every hidden layer (0 for none)
 */
public record MlpSpec(
    @NotNull(message = "list the hidden layers")
        @Size(min = 1, max = 8, message = "an MLP needs 1 to 8 hidden layers")
        List<
                @NotNull(message = "enter a number of nodes")
                @Min(value = 1, message = "a layer needs at least 1 node")
                @Max(value = 4096, message = "at most 4096 nodes per layer") Integer>
            hiddenLayers,
    @NotNull(message = "choose an activation") ActivationKind activation,
    @DecimalMin(value = "0.0", message = "dropout must be between 0 and 0.9")
        @DecimalMax(value = "0.9", message = "dropout must be between 0 and 0.9")
        double dropout)
    implements NetworkSpec {

  public MlpSpec {
    hiddenLayers =
        hiddenLayers == null ? null : Collections.unmodifiableList(new ArrayList<>(hiddenLayers));
  }

  @Override
  public String kindLabel() {
    return "MLP";
  }
}
