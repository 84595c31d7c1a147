package org.fashionlab.model;

import jakarta.validation.Valid;
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
 * A convolutional network: conv blocks, Flatten, dense head, Dense 10.
 *
 * @param convBlocks convolution blocks, input side first
 * @param denseLayers nodes in each hidden dense layer after the flatten (may be empty)
 * @param denseActivation activation after every hidden dense layer
 * @param dropout dropout rate after every hidden dense layer (0 for none)
 */
public record CnnSpec(
    @NotNull(message = "list the convolution blocks")
        @Size(min = 1, max = 4, message = "a CNN needs 1 to 4 convolution blocks")
        List<@NotNull(message = "a convolution block is missing") @Valid ConvBlockSpec> convBlocks,
    @NotNull(message = "list the dense layers") @Size(max = 4, message = "at most 4 dense layers")
        List<
                @NotNull(message = "enter a number of nodes")
                @Min(value = 1, message = "a layer needs at least 1 node")
                @Max(value = 4096, message = "at most 4096 nodes per layer") Integer>
            denseLayers,
    @NotNull(message = "choose an activation") ActivationKind denseActivation,
    @DecimalMin(value = "0.0", message = "dropout must be between 0 and 0.9")
        @DecimalMax(value = "0.9", message = "dropout must be between 0 and 0.9")
        double dropout)
    implements NetworkSpec {

  public CnnSpec {
    convBlocks =
        convBlocks == null ? null : Collections.unmodifiableList(new ArrayList<>(convBlocks));
    denseLayers =
        denseLayers == null ? null : Collections.unmodifiableList(new ArrayList<>(denseLayers));
  }

  @Override
  public String kindLabel() {
    return "CNN";
  }
}
