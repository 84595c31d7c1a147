package org.fashionlab.model;

import ai.djl.basicdataset.cv.classification.FashionMnist;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.LayerSummary.Kind;

/**
 * The layer-by-layer table of a network computed from its spec alone: output shapes and parameter
 * counts, the way Keras' summary() prints them. Shapes that shrink below one pixel are reported as
 * problems instead of layers.
 *
 * @param layers layers from input to output
 * @param problems reasons the spec cannot be built, empty when it can
 */
public record NetworkSummary(List<LayerSummary> layers, List<SpecViolation> problems) {

  public static final int CHANNELS = 1;
  public static final int SIDE = FashionMnist.IMAGE_WIDTH;
  public static final int INPUTS = SIDE * FashionMnist.IMAGE_HEIGHT;
  public static final int CLASSES = FashionMnist.NUM_CLASSES;

  public NetworkSummary {
    layers = List.copyOf(layers);
    problems = List.copyOf(problems);
  }

  /** Total trainable parameters. */
  public long totalParameters() {
    return layers.stream().mapToLong(LayerSummary::parameters).sum();
  }

  /** Multiply-adds of one forward pass of one image. */
  public long multiplyAdds() {
    return layers.stream().mapToLong(LayerSummary::multiplyAdds).sum();
  }

  /** Compact architecture text, e.g. "784-128-10" or "conv32-pool-128-10". */
  public static String architecture(NetworkSpec spec) {
    List<String> parts = new ArrayList<>();
    if (spec instanceof MlpSpec mlp) {
      parts.add(String.valueOf(INPUTS));
      mlp.hiddenLayers().forEach(n -> parts.add(String.valueOf(n)));
    } else if (spec instanceof CnnSpec cnn) {
      for (ConvBlockSpec block : cnn.convBlocks()) {
        parts.add("conv" + block.filters() + (block.kernel() != 3 ? "k" + block.kernel() : ""));
        if (block.pooling() != PoolingKind.NONE) {
          parts.add(block.pooling() == PoolingKind.MAX ? "pool" : "avgpool");
        }
      }
      cnn.denseLayers().forEach(n -> parts.add(String.valueOf(n)));
    }
    parts.add(String.valueOf(CLASSES));
    return String.join("-", parts);
  }

  /** Summarises a spec whose fields are individually valid. */
  public static NetworkSummary of(NetworkSpec spec) {
    List<LayerSummary> layers = new ArrayList<>();
    List<SpecViolation> problems = new ArrayList<>();
    int flat;
    double dropout;
    List<Integer> dense;
    String denseActivation;
    if (spec instanceof MlpSpec mlp) {
      flat = INPUTS;
      dropout = mlp.dropout();
      dense = mlp.hiddenLayers();
      denseActivation = mlp.activation().label();
      layers.add(new LayerSummary(Kind.FLATTEN, "Flatten", "", List.of(INPUTS), 0, 0));
    } else {
      CnnSpec cnn = (CnnSpec) spec;
      flat = convolutions(cnn, layers, problems);
      dropout = cnn.dropout();
      dense = cnn.denseLayers();
      denseActivation = cnn.denseActivation().label();
    }
    int inputs = flat;
    for (int nodes : dense) {
      layers.add(
          new LayerSummary(
              Kind.DENSE,
              "Dense " + nodes,
              denseActivation,
              List.of(nodes),
              (long) inputs * nodes + nodes,
              (long) inputs * nodes));
      if (dropout > 0) {
        layers.add(new LayerSummary(Kind.DROPOUT, "Dropout " + dropout, "", List.of(nodes), 0, 0));
      }
      inputs = nodes;
    }
    layers.add(
        new LayerSummary(
            Kind.OUTPUT,
            "Dense " + CLASSES,
            "softmax",
            List.of(CLASSES),
            (long) inputs * CLASSES + CLASSES,
            (long) inputs * CLASSES));
    return new NetworkSummary(layers, problems);
  }

  private static int convolutions(
      CnnSpec cnn, List<LayerSummary> layers, List<SpecViolation> problems) {
    int channels = CHANNELS;
    int side = SIDE;
    for (int i = 0; i < cnn.convBlocks().size(); i++) {
      ConvBlockSpec block = cnn.convBlocks().get(i);
      String field = "network.convBlocks[" + i + "]";
      String label = "Convolution block " + (i + 1);
      if (block.padding() == PaddingKind.SAME && block.kernel() % 2 == 0) {
        problems.add(
            new SpecViolation(field + ".padding", label + ": SAME padding needs an odd kernel"));
      }
      int padded = side + 2 * block.padding().pixels(block.kernel());
      if (block.kernel() > padded) {
        problems.add(
            new SpecViolation(
                field + ".kernel",
                label
                    + ": the "
                    + block.kernel()
                    + "x"
                    + block.kernel()
                    + " kernel is larger than its "
                    + side
                    + "x"
                    + side
                    + " input"));
        return channels * side * side;
      }
      int out = (padded - block.kernel()) / block.stride() + 1;
      long params =
          (long) block.filters() * channels * block.kernel() * block.kernel() + block.filters();
      layers.add(
          new LayerSummary(
              Kind.CONV,
              "Conv2d "
                  + block.filters()
                  + " "
                  + block.kernel()
                  + "x"
                  + block.kernel()
                  + (block.stride() > 1 ? " stride " + block.stride() : ""),
              block.batchNorm() ? "" : block.activation().label(),
              List.of(block.filters(), out, out),
              params,
              (params - block.filters()) * out * out));
      channels = block.filters();
      side = out;
      if (block.batchNorm()) {
        layers.add(
            new LayerSummary(
                Kind.BATCH_NORM,
                "BatchNorm",
                block.activation().label(),
                List.of(channels, side, side),
                2L * channels,
                0));
      }
      if (block.pooling() != PoolingKind.NONE) {
        if (side < block.poolSize()) {
          problems.add(
              new SpecViolation(
                  field + ".pooling",
                  label
                      + ": "
                      + block.poolSize()
                      + "x"
                      + block.poolSize()
                      + " pooling needs at least that much input, but only "
                      + side
                      + "x"
                      + side
                      + " is left"));
          return channels * side * side;
        }
        side = side / block.poolSize();
        layers.add(
            new LayerSummary(
                block.pooling() == PoolingKind.MAX ? Kind.MAX_POOL : Kind.AVG_POOL,
                (block.pooling() == PoolingKind.MAX ? "MaxPool " : "AvgPool ")
                    + block.poolSize()
                    + "x"
                    + block.poolSize(),
                "",
                List.of(channels, side, side),
                0,
                0));
      }
    }
    int flat = channels * side * side;
    layers.add(new LayerSummary(Kind.FLATTEN, "Flatten", "", List.of(flat), 0, 0));
    return flat;
  }
}
