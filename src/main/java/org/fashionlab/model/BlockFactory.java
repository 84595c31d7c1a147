package org.fashionlab.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.XavierInitializer;
import java.util.List;

/**
 * Builds DJL blocks from validated specs. The network outputs logits for the ten classes; softmax
 * is applied by the loss during training and by the predictor when probabilities are shown.
 */
public final class BlockFactory {

  /**
   * Weights start as Keras does (Glorot-uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out))),
   * biases at zero: the course's networks are Keras ones. DJL's default (He-normal) starts the
   * course CNN's first layer about three times larger; over three seeds Glorot gave the same
   * accuracy after one epoch at batch 128 and 0.7 points more at batch 256 (BENCHMARKS.md).
   */
  private static final XavierInitializer GLOROT_UNIFORM =
      new XavierInitializer(
          XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3);

  /** Slope of leaky ReLU for negative inputs (Keras' default is 0.3; PyTorch's 0.01). */
  static final float LEAKY_RELU_ALPHA = 0.01f;

  private BlockFactory() {}

  /** The input shape of one batch of {@code batch} images: batch x 1 x 28 x 28. */
  public static Shape inputShape(long batch) {
    return new Shape(batch, NetworkSummary.CHANNELS, NetworkSummary.SIDE, NetworkSummary.SIDE);
  }

  /**
   * A fresh, uninitialised block for {@code spec}, flattening in the {@link FlattenOrder#CURRENT
   * current} order; refuses invalid specs.
   */
  public static Block build(NetworkSpec spec) {
    return build(spec, FlattenOrder.CURRENT);
  }

  /**
   * A fresh, uninitialised block for {@code spec} whose flatten lays out the convolutions' features
   * in {@code order} (what a stored model was trained with); refuses invalid specs.
   */
  public static Block build(NetworkSpec spec, FlattenOrder order) {
    List<SpecViolation> problems = NetworkSummary.of(spec).problems();
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(problems);
    }
    SequentialBlock net = new SequentialBlock();
    if (spec instanceof MlpSpec mlp) {
      net.add(Blocks.batchFlattenBlock(NetworkSummary.INPUTS));
      addDense(net, mlp.hiddenLayers(), mlp.activation(), mlp.dropout());
    } else {
      CnnSpec cnn = (CnnSpec) spec;
      cnn.convBlocks().forEach(block -> addConv(net, block));
      net.add(flatten(order));
      addDense(net, cnn.denseLayers(), cnn.denseActivation(), cnn.dropout());
    }
    net.add(Linear.builder().setUnits(NetworkSummary.CLASSES).build());
    net.setInitializer(GLOROT_UNIFORM, Parameter.Type.WEIGHT);
    return net;
  }

  private static Block flatten(FlattenOrder order) {
    return switch (order) {
      case CHANNELS_FIRST -> Blocks.batchFlattenBlock();
      case CHANNELS_LAST ->
          LambdaBlock.singleton(
              x -> x.transpose(0, 2, 3, 1).reshape(x.size(0), x.getShape().slice(1).size()),
              "batchFlatten");
    };
  }

  private static void addDense(
      SequentialBlock net, List<Integer> layers, ActivationKind activation, double dropout) {
    for (int nodes : layers) {
      net.add(Linear.builder().setUnits(nodes).build());
      net.add(activation(activation));
      if (dropout > 0) {
        net.add(Dropout.builder().optRate((float) dropout).build());
      }
    }
  }

  private static void addConv(SequentialBlock net, ConvBlockSpec block) {
    int pad = block.padding().pixels(block.kernel());
    net.add(
        Conv2d.builder()
            .setFilters(block.filters())
            .setKernelShape(new Shape(block.kernel(), block.kernel()))
            .optStride(new Shape(block.stride(), block.stride()))
            .optPadding(new Shape(pad, pad))
            .build());
    if (block.batchNorm()) {
      net.add(BatchNorm.builder().build());
    }
    net.add(activation(block.activation()));
    Shape window = new Shape(block.poolSize(), block.poolSize());
    switch (block.pooling()) {
      case MAX -> net.add(Pool.maxPool2dBlock(window, window));
      case AVG -> net.add(Pool.avgPool2dBlock(window, window));
      case NONE -> {}
    }
  }

  /** The DJL block for an activation. */
  public static Block activation(ActivationKind kind) {
    return switch (kind) {
      case RELU -> Activation.reluBlock();
      case SIGMOID -> Activation.sigmoidBlock();
      case TANH -> Activation.tanhBlock();
      case LEAKY_RELU -> Activation.leakyReluBlock(LEAKY_RELU_ALPHA);
      case ELU -> Activation.eluBlock(1f);
      case GELU -> Activation.geluBlock();
    };
  }
}
