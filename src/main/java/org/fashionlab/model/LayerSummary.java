package org.fashionlab.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One layer as a student reads it in a summary table.
 *
 * @param name e.g. "Conv2d 32 3x3" or "Dense 128"
 * @param activation the activation applied, or "" where none
 * @param outputShape the output shape of one image, e.g. [32, 26, 26] or [128]
 * @param parameters trainable parameters of this layer
 */
public record LayerSummary(
    String name, String activation, List<Integer> outputShape, long parameters) {

  public LayerSummary {
    outputShape = List.copyOf(outputShape);
  }

  /** The output shape written as "32x26x26". */
  public String shapeText() {
    return outputShape.stream().map(String::valueOf).collect(Collectors.joining("x"));
  }
}
