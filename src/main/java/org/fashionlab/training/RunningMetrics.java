package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;

/**
 * The training loss of each batch and the epoch's sums of loss and correct predictions, computed in
 * one call into a TorchScript module ({@value #MODULE}, scripted from {@code
 * src/main/torchscript/running_metrics.py}): softmax cross-entropy as DJL's {@code
 * SoftmaxCrossEntropyLoss} computes it, recorded for the backward pass, and the sums kept as native
 * scalars, so that a step reads nothing back to Java; they are read only when a loss point or a
 * progress event is due. (DJL's loss and our sums before took 11 native calls a step: the course
 * MLP's loss, metrics and progress 0.051 ms a step at batch 32, now 0.031; DJL's evaluator listener
 * computed the loss a second time and read loss and accuracy back at every batch: BENCHMARKS.md.)
 */
final class RunningMetrics implements BatchTotals, AutoCloseable {

  /** The TorchScript module, a resource beside this class. */
  static final String MODULE = "running-metrics.pt";

  private final PtSymbolBlock module;
  private final NDArray lossSum;
  private final NDArray correct;
  private long samples;

  RunningMetrics(NDManager manager) {
    this.module = TorchScriptModules.load(MODULE, manager);
    this.lossSum = manager.zeros(new Shape(), DataType.FLOAT32);
    this.correct = manager.zeros(new Shape(), DataType.INT64);
  }

  /**
   * One batch's mean loss, recorded for the backward pass when a gradient collector is open, and
   * added with the batch's correct predictions to the sums.
   *
   * @param logits the batch's outputs, n x classes
   * @param labels the batch's class numbers, n
   * @return the mean loss, a scalar in the manager of {@code logits}
   */
  NDArray loss(NDArray logits, NDArray labels) {
    NDList result = IValueUtils.forward(module, new NDList(logits, labels, lossSum, correct), true);
    samples += labels.size();
    return result.singletonOrThrow();
  }

  /** Images added since the last reset. */
  @Override
  public long samples() {
    return samples;
  }

  /** Sum of the per-image losses since the last reset (reads the native value). */
  @Override
  public double lossSum() {
    return lossSum.getFloat();
  }

  /** Share of images classified correctly since the last reset (reads the native value). */
  @Override
  public double accuracy() {
    return samples == 0 ? Double.NaN : (double) correct.getLong() / samples;
  }

  /** Starts a new epoch. */
  void reset() {
    lossSum.muli(0);
    correct.muli(0);
    samples = 0;
  }

  @Override
  public void close() {
    lossSum.close();
    correct.close();
    module.close();
  }
}
