package org.fashionlab.budget;

import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.LayerSummary;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.TrainingSettings;

/**
 * What training one spec costs, computed from the spec alone before anything is allocated: its
 * parameters, an estimate of the process's peak memory while it trains and is tested, and the
 * multiply-adds of one epoch.
 *
 * <p>Peak memory is a fixed overhead plus the larger of training and evaluation. Training holds the
 * weights, their gradients, the optimizer's state and the temporaries of its update, plus, for the
 * whole batch, every activation autograd keeps for the backward pass and the gradients of the
 * largest one. Evaluation holds the parameters and optimizer state (the trainer is still open) and
 * the evaluation batch size. On top of either, the trained model's parameter file is held on the
 * Java heap until it is stored in the database: heap pages that the native allocator's freed memory
 * does not serve. BENCHMARKS.md compares the estimate with measured peaks.
 *
 * @param parameters trainable parameters
 * @param parameterBytes weights, gradients, optimizer state and update temporaries
 * @param activationBytes activations kept for the backward pass and their gradients, whole batch
 * @param evaluationBytes parameters and activations while the test set is evaluated
 * @param modelFileBytes the trained parameter file on the Java heap, until it is stored
 * @param peakBytes the estimated peak: fixed overhead, training or evaluation (the larger), and the
 *     parameter file
 * @param multiplyAddsPerImage multiply-adds of one forward pass of one image
 * @param multiplyAddsPerEpoch multiply-adds of one epoch: forward and backward (about three forward
 *     passes) over the training images, one forward pass over the validation images
 */
public record ComputeBudget(
    long parameters,
    long parameterBytes,
    long activationBytes,
    long evaluationBytes,
    long modelFileBytes,
    long peakBytes,
    long multiplyAddsPerImage,
    double multiplyAddsPerEpoch) {

  /**
   * Memory a training takes beyond its parameters and activations: libtorch's and oneDNN's
   * allocations for the first convolutions of a process (primitives, scratch), the batch gathers
   * and the Java side. Measured as the part of the course CNN's peak that parameters and
   * activations do not explain (an MLP's is under 5 MB), BENCHMARKS.md.
   */
  static final long OVERHEAD_BYTES = 48L << 20;

  private static final int FLOAT = Float.BYTES;

  /** A max-pooling layer keeps the position of each maximum, a 64-bit index per output value. */
  private static final int POOL_INDEX_FLOATS = Long.BYTES / FLOAT;

  /** Dropout keeps its mask, one byte per value. */
  private static final double DROPOUT_MASK_FLOATS = 1.0 / FLOAT;

  /** The cost of training {@code spec}; the spec's fields must be individually valid. */
  public static ComputeBudget of(ModelSpec spec) {
    NetworkSummary summary = NetworkSummary.of(spec.network());
    TrainingSettings training = spec.training();
    long parameters = summary.totalParameters();
    long parameterBytes = parameters * FLOAT * (2 + updateFloats(training.optimizer()));
    long activationBytes =
        (long) Math.ceil(training.batchSize() * trainingFloatsPerImage(summary)) * FLOAT;
    long evaluationBatch = Math.max(DatasetService.EVALUATION_BATCH, training.batchSize());
    long evaluationBytes =
        parameters * FLOAT * (2 + stateFloats(training.optimizer()))
            + evaluationBatch * inferenceFloatsPerImage(summary) * FLOAT;
    long modelFileBytes = parameters * FLOAT;
    long peak =
        OVERHEAD_BYTES
            + Math.max(parameterBytes + activationBytes, evaluationBytes)
            + modelFileBytes;
    long perImage = summary.multiplyAdds();
    int trained = training.imagesPerEpoch();
    int validated = training.images() - trained;
    double perEpoch = (3.0 * trained + validated) * perImage;
    return new ComputeBudget(
        parameters,
        parameterBytes,
        activationBytes,
        evaluationBytes,
        modelFileBytes,
        peak,
        perImage,
        perEpoch);
  }

  /** Whether the batch's activations, rather than the parameters, make most of the peak. */
  public boolean activationsDominate() {
    return activationBytes > parameterBytes || evaluationBytes > parameterBytes + activationBytes;
  }

  /**
   * Floats per parameter the optimizer keeps between steps: Adam two moments; RMSprop the squares
   * and the first moment of the Adam kernel it runs on, which holds the gradient; SGD one velocity.
   */
  private static int stateFloats(OptimizerKind optimizer) {
    return switch (optimizer) {
      case ADAM, RMSPROP -> 2;
      case SGD -> 1;
    };
  }

  /**
   * State plus the temporaries of one update step, per parameter. The fused step (FusedOptimizer)
   * updates in place: PyTorch's fused Adam kernel, which RMSprop runs on as well, and SGD's foreach
   * operations make no full-size temporary; one more float each for what the allocator holds on to,
   * and Adam one beyond that for its peaks. PeakMemoryTest's 24-million-parameter MLPs peaked over
   * their baseline (two runs, 2026-12-07): Adam 762 and 572 MB against 707 estimated, SGD with
   * momentum 675 and 471 against 523, RMSprop on the Adam kernel 574 against 615.
   */
  private static int updateFloats(OptimizerKind optimizer) {
    return switch (optimizer) {
      case ADAM -> 2 + 2;
      case RMSPROP -> 2 + 1;
      case SGD -> 1 + 1;
    };
  }

  /**
   * Floats per image alive at the end of the forward pass: the input batch and every layer's output
   * that autograd keeps (activation outputs, pooling indices, dropout masks), plus two gradient
   * buffers of the largest layer while the backward pass runs through it.
   */
  private static double trainingFloatsPerImage(NetworkSummary summary) {
    double kept = NetworkSummary.INPUTS;
    long largest = NetworkSummary.INPUTS;
    for (LayerSummary layer : summary.layers()) {
      long size = layer.outputSize();
      largest = Math.max(largest, size);
      kept += keptFloats(layer, size);
    }
    return kept + 2.0 * largest;
  }

  private static double keptFloats(LayerSummary layer, long size) {
    double activation = layer.activation().isEmpty() ? 0 : size;
    return switch (layer.kind()) {
      case FLATTEN -> 0; // a view of its input
      case CONV, BATCH_NORM, DENSE, OUTPUT -> size + activation;
      case MAX_POOL -> size * (1.0 + POOL_INDEX_FLOATS);
      case AVG_POOL -> size;
      case DROPOUT -> size * (1.0 + DROPOUT_MASK_FLOATS);
    };
  }

  /**
   * Floats per image alive at the end of an evaluation batch: DJL keeps every layer's output
   * (activations included) until the batch is closed, and oneDNN reorders the largest one into a
   * copy of its own layout.
   */
  private static long inferenceFloatsPerImage(NetworkSummary summary) {
    long kept = NetworkSummary.INPUTS;
    long largest = NetworkSummary.INPUTS;
    for (LayerSummary layer : summary.layers()) {
      long size = layer.outputSize();
      largest = Math.max(largest, size);
      if (layer.kind() != LayerSummary.Kind.FLATTEN) {
        kept += layer.activation().isEmpty() ? size : 2 * size;
      }
    }
    return kept + largest;
  }
}
