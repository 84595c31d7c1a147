package org.fashionlab.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One layer as a student reads it in a summary table.
 *
 * @param kind what the layer does, for the compute budget and the diagram
 * @param name e.g. "Conv2d 32 3x3" or "Dense 128"
 * @param activation the activation applied, or "" where none
 * @param outputShape the output shape of one image, e.g. [32, 26, 26] or [128]
 * @param parameters trainable parameters of this layer
 * @param multiplyAdds multiply-adds of this layer's forward pass for one image
 */
public record LayerSummary(
    Kind kind,
    String name,
    String activation,
    List<Integer> outputShape,
    long parameters,
    long multiplyAdds) {

  /** The kinds of layer a spec can produce. */
  public enum Kind {
    CONV,
    BATCH_NORM,
    MAX_POOL,
    AVG_POOL,
    FLATTEN,
    DENSE,
    DROPOUT,
    OUTPUT
  }

  public LayerSummary {
    outputShape = List.copyOf(outputShape);
  }

  /** The output shape written as "32x26x26". */
  public String shapeText() {
    return outputShape.stream().map(String::valueOf).collect(Collectors.joining("x"));
  }

  /** Values in this layer's output for one image, e.g. 32 x 26 x 26 = 21,632. */
  public long outputSize() {
    long size = 1;
    for (int dimension : outputShape) {
      size *= dimension;
    }
    return size;
  }
}
