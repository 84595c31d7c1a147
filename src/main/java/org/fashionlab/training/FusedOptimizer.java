package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;

/**
 * The optimizer of one training: each step is one call into a TorchScript module ({@value #MODULE},
 * scripted from {@code src/main/torchscript/fused_updates.py} by {@code bin/script-fused-updates})
 * that runs PyTorch's foreach operations over all trainable parameters at once, reads the gradients
 * where autograd left them and clears them in the same call. The step it replaced (every gradient
 * copied into one flat buffer, then one DJL operation at a time, several with a scalar made into a
 * tensor) made about 30 native calls and 9 passes over the weights for the course CNN's RMSprop;
 * the fused operations ({@code addcmul_}, {@code addcdiv_}) make 5. The CNNs' optimizer time fell
 * by a quarter; an MLP on 2 threads lost about 30 µs a step (BENCHMARKS.md, 2026-12-07).
 *
 * <p>The arithmetic is that of the optimizers the course's Keras uses:
 *
 * <ul>
 *   <li>Adam as DJL's: {@code m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; w -= lr_t m /
 *       (sqrt(v) + eps)} with the bias correction in the rate, {@code lr_t = lr sqrt(1 - b2^t) / (1
 *       - b1^t)} (Keras' form), b1 0.9, b2 0.999, eps 1e-7 (Keras' default);
 *   <li>RMSprop as Keras': {@code v = rho v + (1 - rho) g^2; w -= lr g / (sqrt(v) + eps)}, rho 0.9,
 *       eps 1e-7, no momentum, not centred (DJL has no RMSprop on its PyTorch engine);
 *   <li>SGD as DJL's: {@code w -= lr g}, or with momentum {@code u = momentum u + lr g; w -= u}.
 * </ul>
 *
 * <p>The learning rate comes from the training's schedule ({@link #rate}), counted by update from 1
 * as DJL's optimizers count them.
 */
final class FusedOptimizer implements AutoCloseable {

  /** The TorchScript module, a resource beside this class. */
  static final String MODULE = "fused-updates.pt";

  static final float ADAM_BETA1 = 0.9f;
  static final float ADAM_BETA2 = 0.999f;
  static final float ADAM_EPSILON = 1e-7f;
  static final float RMSPROP_RHO = 0.9f;
  static final float RMSPROP_EPSILON = 1e-7f;

  private final OptimizerKind kind;
  private final Tracker learningRate;
  private final PtSymbolBlock module;
  private final List<NDArray> states = new ArrayList<>();

  /** The parameters' list, then the state lists: the method's first arguments. */
  private final List<IValue> arguments = new ArrayList<>();

  /** The method's numbers after the learning rate, made once. */
  private final List<IValue> constants = new ArrayList<>();

  /** The method's name in the module. */
  private final String method;

  /** Its arguments, made once by the constructor; the rate's place is filled at each step. */
  private IValue[] call;

  private int updates;

  /** The optimizer {@code kind} over {@code parameters} (arrays that require gradients). */
  FusedOptimizer(
      OptimizerKind kind,
      Tracker learningRate,
      float momentum,
      List<NDArray> parameters,
      NDManager manager) {
    this.kind = kind;
    this.learningRate = learningRate;
    this.method = kind.name().toLowerCase(Locale.ROOT);
    this.module = load((PtNDManager) manager);
    try {
      float[] numbers =
          switch (kind) {
            case ADAM -> new float[] {ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON};
            case RMSPROP -> new float[] {RMSPROP_RHO, RMSPROP_EPSILON};
            case SGD -> new float[] {momentum};
          };
      for (float number : numbers) {
        constants.add(IValue.from((double) number));
      }
      arguments.add(list(parameters));
      int stateLists =
          switch (kind) {
            case ADAM -> 2;
            case RMSPROP -> 1;
            case SGD -> momentum == 0 ? 0 : 1;
          };
      if (stateLists == 0) {
        // Plain SGD keeps no state; the method's unused list argument gets the parameters.
        arguments.add(arguments.get(0));
      }
      for (int s = 0; s < stateLists; s++) {
        List<NDArray> state = new ArrayList<>(parameters.size());
        for (NDArray parameter : parameters) {
          NDArray zeros = manager.zeros(parameter.getShape(), parameter.getDataType());
          states.add(zeros);
          state.add(zeros);
        }
        arguments.add(list(state));
      }
      call = new IValue[arguments.size() + 1 + constants.size()];
      for (int i = 0; i < arguments.size(); i++) {
        call[i] = arguments.get(i);
      }
      for (int i = 0; i < constants.size(); i++) {
        call[arguments.size() + 1 + i] = constants.get(i);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * The optimizer the settings name, over the trainable parameters of {@code block} (initialized),
   * its state arrays in {@code manager}.
   *
   * @param steps optimizer updates the whole training makes (epochs times batches per epoch): where
   *     a cosine schedule reaches 0
   */
  static FusedOptimizer create(
      TrainingSettings settings, int steps, Block block, NDManager manager) {
    List<NDArray> parameters =
        block.getParameters().values().stream()
            .filter(Parameter::requiresGradient)
            .map(Parameter::getArray)
            .toList();
    return new FusedOptimizer(
        settings.optimizer(),
        rate(settings, steps),
        (float) settings.momentum(),
        parameters,
        manager);
  }

  /** The learning rate by update (counted from 1, as DJL's optimizers count them). */
  static Tracker rate(TrainingSettings settings, int steps) {
    float base = (float) settings.learningRate();
    if (settings.schedule() == LearningRateSchedule.COSINE && steps > 0) {
      return Tracker.cosine().setBaseValue(base).optFinalValue(0f).setMaxUpdates(steps).build();
    }
    return Tracker.fixed(base);
  }

  /**
   * One update of every parameter from its gradient, which it then clears (PyTorch adds the next
   * backward's gradients to the ones it finds). Records no graph.
   */
  void step() {
    int t = ++updates;
    float rate = learningRate.getNewValue(t);
    if (kind == OptimizerKind.ADAM) {
      // DJL's Adam: the bias correction folded into the rate, in double, then float.
      rate =
          (float) (rate * Math.sqrt(1 - Math.pow(ADAM_BETA2, t)) / (1 - Math.pow(ADAM_BETA1, t)));
    }
    boolean gradMode = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try (IValue lr = IValue.from((double) rate)) {
      call[arguments.size()] = lr;
      try (IValue result = IValueUtils.runMethod(module, method, call)) {
        // The gradients it cleared (see fused_updates.py).
        if (!result.isTensorList()) {
          throw new IllegalStateException(method + " returned " + result.getType());
        }
      }
    } finally {
      call[arguments.size()] = null;
      JniUtils.setGradMode(gradMode);
    }
  }

  private static IValue list(List<NDArray> arrays) {
    return IValue.listFrom(arrays.stream().map(a -> (PtNDArray) a).toArray(PtNDArray[]::new));
  }

  private static PtSymbolBlock load(PtNDManager manager) {
    try (InputStream in = FusedOptimizer.class.getResourceAsStream(MODULE)) {
      if (in == null) {
        throw new IllegalStateException(MODULE + " is missing from the classpath");
      }
      return JniUtils.loadModule(manager, in, false, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + MODULE, e);
    }
  }

  /** Frees the module, the argument lists and the state arrays. */
  @Override
  public void close() {
    arguments.stream().distinct().forEach(IValue::close);
    arguments.clear();
    constants.forEach(IValue::close);
    constants.clear();
    states.forEach(NDArray::close);
    states.clear();
    if (module != null) {
      module.close();
    }
  }
}
