package org.fashionlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fashionlab.base.Numbers;

/** A spec in words, one sentence per line, as the run page shows it. */
public final class SpecDescription {

  private SpecDescription() {}

  public static List<String> of(ModelSpec spec) {
    List<String> lines = new ArrayList<>();
    lines.add(network(spec.network()));
    TrainingSettings t = spec.training();
    String optimizer =
        t.optimizer() == OptimizerKind.SGD && t.momentum() > 0
            ? "SGD with momentum " + Numbers.scaled(t.momentum())
            : t.optimizer().label();
    lines.add(
        "Trained with "
            + optimizer
            + " at learning rate "
            + Numbers.scaled(t.learningRate())
            + (t.schedule() == LearningRateSchedule.CONSTANT
                ? ""
                : " (" + t.schedule().label() + ")")
            + ", batches of "
            + t.batchSize()
            + ", for "
            + plural(t.epochs(), "epoch")
            + ", minimising categorical cross-entropy.");
    String data =
        t.trainingLimit() > 0
            ? "the first " + Numbers.whole(t.images()) + " training images"
            : "all " + Numbers.whole(t.images()) + " training images";
    lines.add(
        "Data: "
            + data
            + (t.validationSplit() > 0
                ? ", " + Numbers.percent(t.validationSplit()) + " held out for validation"
                : ", no validation split")
            + (t.augmentation() == Augmentation.NONE
                ? ""
                : "; training images " + t.augmentation().label())
            + "; seed "
            + t.seed()
            + ".");
    lines.add(
        t.earlyStoppingPatience() > 0
            ? "Early stopping after "
                + plural(t.earlyStoppingPatience(), "epoch")
                + " without a lower validation loss."
            : "No early stopping: it trains every epoch.");
    return lines;
  }

  private static String network(NetworkSpec network) {
    if (network instanceof MlpSpec mlp) {
      return "MLP: the 28 x 28 image flattened to 784 inputs, hidden layers of "
          + nodes(mlp.hiddenLayers())
          + " nodes with "
          + mlp.activation().label()
          + dropout(mlp.dropout())
          + ", then 10 outputs with softmax.";
    }
    CnnSpec cnn = (CnnSpec) network;
    return "CNN: "
        + cnn.convBlocks().stream().map(SpecDescription::block).collect(Collectors.joining("; "))
        + "; flattened"
        + (cnn.denseLayers().isEmpty()
            ? ""
            : ", dense layers of "
                + nodes(cnn.denseLayers())
                + " nodes with "
                + cnn.denseActivation().label()
                + dropout(cnn.dropout()))
        + ", then 10 outputs with softmax.";
  }

  private static String block(ConvBlockSpec b) {
    return b.filters()
        + " filters "
        + b.kernel()
        + "x"
        + b.kernel()
        + (b.stride() > 1 ? " stride " + b.stride() : "")
        + " ("
        + b.padding().name().toLowerCase(java.util.Locale.ROOT)
        + " padding) with "
        + b.activation().label()
        + (b.batchNorm() ? ", batch norm" : "")
        + (b.pooling() == PoolingKind.NONE
            ? ""
            : ", " + b.pooling().label() + " pooling " + b.poolSize() + "x" + b.poolSize());
  }

  private static String nodes(List<Integer> layers) {
    return layers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String dropout(double rate) {
    return rate > 0 ? " and dropout " + Numbers.scaled(rate) : "";
  }

  private static String plural(int n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }
}
