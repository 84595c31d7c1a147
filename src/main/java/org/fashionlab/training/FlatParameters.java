package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import java.util.List;

/**
 * The trainable parameters of a block, stored as views into one flat buffer, so that an optimizer
 * step is one update of the whole buffer instead of several calls per parameter (DJL's own step
 * copies each gradient and calls the optimizer once per parameter: with RMSprop about a dozen
 * native calls and temporaries per weight array, a third of a CNN step's time).
 *
 * <p>Any DJL {@link Optimizer} works unchanged: it sees one weight array and one gradient.
 */
final class FlatParameters {

  /** The optimizer's state key for the single flat parameter. */
  static final String ID = "parameters";

  private final List<Parameter> parameters;
  private final NDArray values;

  private FlatParameters(List<Parameter> parameters, NDArray values) {
    this.parameters = parameters;
    this.values = values;
  }

  /**
   * Initializes {@code block} (its own initializers, so seeded runs stay as before) and moves its
   * trainable parameters into one buffer owned by {@code manager}. Call before the trainer is
   * created: DJL's trainer keeps the arrays it finds.
   */
  static FlatParameters initialize(Block block, NDManager manager, Shape inputShape) {
    block.initialize(manager, DataType.FLOAT32, inputShape);
    List<Parameter> trainable =
        block.getParameters().values().stream().filter(Parameter::requiresGradient).toList();
    NDList flattened = new NDList(trainable.size());
    trainable.forEach(p -> flattened.add(p.getArray().flatten()));
    NDArray values = NDArrays.concat(flattened);
    flattened.close();
    long offset = 0;
    for (Parameter parameter : trainable) {
      Shape shape = parameter.getArray().getShape();
      long size = shape.size();
      NDArray view;
      try (NDArray slice = values.get(new NDIndex("{}:{}", offset, offset + size))) {
        view = slice.reshape(shape);
      }
      offset += size;
      parameter.setInitializer((m, s, t) -> view);
    }
    // Initialize again: trainable parameters to their views (with gradients attached), the others
    // (batch-norm statistics) to their constants. DJL re-derives shapes only for closed parameters.
    block.getParameters().values().forEach(Parameter::close);
    block.initialize(manager, DataType.FLOAT32, inputShape);
    return new FlatParameters(trainable, values);
  }

  /** The flat buffer holding every trainable parameter. */
  NDArray values() {
    return values;
  }

  /**
   * One optimizer step over all parameters: gathers the gradients into one array, updates the
   * buffer, and clears the gradients (PyTorch adds new gradients to old ones).
   */
  void step(Optimizer optimizer) {
    NDList gradients = new NDList(parameters.size());
    try {
      for (Parameter parameter : parameters) {
        try (NDArray gradient = parameter.getArray().getGradient()) {
          gradients.add(gradient.flatten());
        }
      }
      try (NDArray gradient = NDArrays.concat(gradients)) {
        optimizer.update(ID, values, gradient);
      }
    } finally {
      gradients.close();
    }
    for (Parameter parameter : parameters) {
      JniUtils.zeroGrad((PtNDArray) parameter.getArray());
    }
  }
}
