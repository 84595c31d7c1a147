package org.fashionlab.training;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RMSprop with Keras' semantics (DJL's own RMSprop is not implemented on the PyTorch engine):
 *
 * <pre>
 *   v = rho * v + (1 - rho) * g^2
 *   w = w - lr * g / (sqrt(v) + epsilon)
 * </pre>
 *
 * with Keras' defaults rho = 0.9 and epsilon = 1e-7, no momentum, not centred. {@link #update}
 * overwrites the gradient it is handed (the trainer's temporary, {@link FlatParameters#step}).
 */
public final class RmsProp extends Optimizer implements AutoCloseable {

  public static final float DEFAULT_RHO = 0.9f;
  public static final float DEFAULT_EPSILON = 1e-7f;

  private final ParameterTracker learningRate;
  private final float rho;
  private final float epsilon;
  private final Map<String, Map<Device, NDArray>> meanSquares = new ConcurrentHashMap<>();

  private RmsProp(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.rho = builder.rho;
    this.epsilon = builder.epsilon;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void update(String parameterId, NDArray weight, NDArray grad) {
    float lr = learningRate.getNewValue(parameterId, updateCount(parameterId));
    NDArray meanSquare =
        withDefaultState(meanSquares, parameterId, weight.getDevice(), k -> weight.zerosLike());
    boolean gradMode = JniUtils.isGradMode();
    // The update itself must not be recorded by autograd.
    JniUtils.setGradMode(false);
    // Few temporaries and in-place passes: the update runs over every weight at every step.
    // No powi(-1) for the reciprocal: libtorch runs a general pow per element (1.1 ms over the
    // course CNN's weights, measured, against 0.09 ms for a division).
    // The gradient handed in is the trainer's temporary (cleared after the step), so it takes the
    // step in place, and the square's block is freed before the root takes one of the same size:
    // two arrays per step instead of three, the second in the first one's block.
    NDArray g = effectiveGradient(weight, grad);
    try {
      try (NDArray g2 = g.square()) {
        meanSquare.muli(rho).addi(g2.muli(1 - rho));
      }
      try (NDArray denominator = meanSquare.sqrt()) {
        weight.subi(g.divi(denominator.addi(epsilon)).muli(lr));
      }
    } finally {
      if (g != grad) {
        g.close();
      }
      JniUtils.setGradMode(gradMode);
    }
    // The gradient handed in is a copy; PyTorch accumulates into the weight's own gradient.
    JniUtils.zeroGrad((PtNDArray) weight);
  }

  /**
   * The gradient after rescaling, clipping and weight decay; {@code grad} itself when none apply.
   */
  private NDArray effectiveGradient(NDArray weight, NDArray grad) {
    float decay = getWeightDecay();
    if (rescaleGrad == 1f && clipGrad <= 0 && decay <= 0) {
      return grad;
    }
    NDArray g = grad.mul(rescaleGrad);
    if (clipGrad > 0) {
      g = g.clip(-clipGrad, clipGrad);
    }
    if (decay > 0) {
      try (NDArray decayTerm = weight.mul(decay)) {
        g.addi(decayTerm);
      }
    }
    return g;
  }

  /** Frees the per-parameter state arrays, which DJL keeps outside any manager. */
  @Override
  public void close() {
    meanSquares.values().forEach(byDevice -> byDevice.values().forEach(NDArray::close));
    meanSquares.clear();
  }

  /** Builds an {@link RmsProp}. */
  public static final class Builder extends OptimizerBuilder<Builder> {

    private ParameterTracker learningRate = Tracker.fixed(0.001f);
    private float rho = DEFAULT_RHO;
    private float epsilon = DEFAULT_EPSILON;

    @Override
    protected Builder self() {
      return this;
    }

    public Builder optLearningRateTracker(ParameterTracker tracker) {
      this.learningRate = tracker;
      return this;
    }

    public Builder optRho(float rho) {
      this.rho = rho;
      return this;
    }

    public Builder optEpsilon(float epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    public RmsProp build() {
      return new RmsProp(this);
    }
  }
}
