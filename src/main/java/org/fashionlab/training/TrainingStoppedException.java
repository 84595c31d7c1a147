package org.fashionlab.training;

/**
 * A training stopped because {@link ProgressSink#stopRequested()} said so: a user cancelled it, or
 * the process lost the run. Carries how far it got.
 */
public final class TrainingStoppedException extends RuntimeException {

  private final int epochsCompleted;
  private final long batchesTrained;

  TrainingStoppedException(int epochsCompleted, long batchesTrained) {
    super("stopped after " + batchesTrained + " batches", null, false, false);
    this.epochsCompleted = epochsCompleted;
    this.batchesTrained = batchesTrained;
  }

  /** Full epochs done before the stop. */
  public int epochsCompleted() {
    return epochsCompleted;
  }

  /** Batches trained in all, over all epochs. */
  public long batchesTrained() {
    return batchesTrained;
  }
}
