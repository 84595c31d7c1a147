package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;

/**
 * The optimizer of one training: each step is one call into a TorchScript module ({@value #MODULE},
 * scripted from {@code src/main/torchscript/fused_updates.py} by {@code bin/script-torchscript})
 * that updates all trainable parameters at once, reads the gradients where autograd left them and
 * clears them in the same call: Adam and RMSprop through PyTorch's fused Adam kernel (one pass over
 * each parameter), SGD through its foreach operations. The step before the module (every gradient
 * copied into one flat buffer, then one DJL operation at a time, several with a scalar made into a
 * tensor) made about 30 native calls and 9 passes over the weights for the course CNN's RMSprop;
 * the foreach operations first made the CNNs' optimizer a quarter faster, the fused kernel made
 * Adam's 2-3 times faster again (BENCHMARKS.md, 2026-12-07).
 *
 * <p>The arithmetic is that of the optimizers the course's Keras uses:
 *
 * <ul>
 *   <li>Adam as DJL's: {@code m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; w -= lr_t m /
 *       (sqrt(v) + eps)} with the bias correction in the rate, {@code lr_t = lr sqrt(1 - b2^t) / (1
 *       - b1^t)} (Keras' form), b1 0.9, b2 0.999, eps 1e-7 (Keras' default), computed by PyTorch's
 *       fused kernel in one pass over each parameter (see {@link #stepNumbers});
 *   <li>RMSprop as Keras': {@code v = rho v + (1 - rho) g^2; w -= lr g / (sqrt(v) + eps)}, rho 0.9,
 *       eps 1e-7, no momentum, not centred (DJL has no RMSprop on its PyTorch engine, libtorch no
 *       fused one): the same kernel as Adam with its numbers chosen so (see {@link #stepNumbers});
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

  /**
   * The method's arguments made once: the parameters' list, the state lists (and the Adam kernel's
   * update count), then the numbers fixed for the training.
   */
  private final List<IValue> fixed = new ArrayList<>();

  /** The method's name in the module. */
  private final String method;

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
    this.method = kind == OptimizerKind.SGD ? "sgd" : "adam";
    this.module = TorchScriptModules.load(MODULE, manager);
    try {
      fixed.add(list(parameters));
      int stateLists =
          switch (kind) {
            // RMSprop as Adam with beta1 = 0: the first moment's list holds the gradient.
            case ADAM, RMSPROP -> 2;
            case SGD -> momentum == 0 ? 0 : 1;
          };
      if (stateLists == 0) {
        // Plain SGD keeps no state; the method's unused list argument gets the parameters.
        fixed.add(fixed.get(0));
      }
      for (int s = 0; s < stateLists; s++) {
        List<NDArray> state = new ArrayList<>(parameters.size());
        for (NDArray parameter : parameters) {
          NDArray zeros = manager.zeros(parameter.getShape(), parameter.getDataType());
          states.add(zeros);
          state.add(zeros);
        }
        fixed.add(list(state));
      }
      if (kind != OptimizerKind.SGD) {
        NDArray count = manager.zeros(new Shape(), DataType.FLOAT32);
        states.add(count);
        fixed.add(IValue.from((PtNDArray) count));
      }
      float[] numbers =
          switch (kind) {
            case ADAM -> new float[] {ADAM_BETA1, ADAM_BETA2};
            case RMSPROP -> new float[] {0, RMSPROP_RHO};
            case SGD -> new float[] {momentum};
          };
      for (float number : numbers) {
        fixed.add(IValue.from((double) number));
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
    double[] numbers = stepNumbers(++updates);
    // The method's arguments: the fixed ones, then the step's numbers.
    IValue[] call = fixed.toArray(new IValue[fixed.size() + numbers.length]);
    boolean gradMode = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try {
      for (int i = 0; i < numbers.length; i++) {
        call[fixed.size() + i] = IValue.from(numbers[i]);
      }
      try (IValue result = IValueUtils.runMethod(module, method, call)) {
        // The gradients it cleared (see fused_updates.py).
        if (!result.isTensorList()) {
          throw new IllegalStateException(method + " returned " + result.getType());
        }
      }
    } finally {
      for (int i = fixed.size(); i < call.length; i++) {
        if (call[i] != null) {
          call[i].close();
        }
      }
      JniUtils.setGradMode(gradMode);
    }
  }

  /**
   * The numbers of update {@code t} (from 1) after the fixed ones: for SGD the learning rate; for
   * PyTorch's fused Adam kernel the update's number, the rate and epsilon as the kernel needs them
   * for DJL's and Keras' arithmetic. The kernel moves a weight by {@code lr_k / (1 - b1^t) m /
   * (sqrt(v) / sqrt(1 - b2^t) + eps_k)}. Adam's {@code lr sqrt(1 - b2^t) / (1 - b1^t) m / (sqrt(v)
   * + eps)} is that with {@code lr_k = lr} and {@code eps_k = eps / sqrt(1 - b2^t)}. RMSprop's
   * {@code lr g / (sqrt(v) + eps)}, without bias corrections, is that with {@code b1 = 0} (then
   * {@code m = g}), {@code b2 = rho}, {@code lr_k = lr / sqrt(1 - rho^t)} and {@code eps_k = eps /
   * sqrt(1 - rho^t)}.
   */
  private double[] stepNumbers(int t) {
    float rate = learningRate.getNewValue(t);
    return switch (kind) {
      case ADAM -> new double[] {t, rate, ADAM_EPSILON / Math.sqrt(1 - Math.pow(ADAM_BETA2, t))};
      case RMSPROP -> {
        double root = Math.sqrt(1 - Math.pow(RMSPROP_RHO, t));
        yield new double[] {t, rate / root, RMSPROP_EPSILON / root};
      }
      case SGD -> new double[] {rate};
    };
  }

  private static IValue list(List<NDArray> arrays) {
    return IValue.listFrom(arrays.stream().map(a -> (PtNDArray) a).toArray(PtNDArray[]::new));
  }

  /** Frees the module, the argument lists and the state arrays. */
  @Override
  public void close() {
    fixed.stream().distinct().forEach(IValue::close);
    fixed.clear();
    states.forEach(NDArray::close);
    states.clear();
    if (module != null) {
      module.close();
    }
  }
}
