package org.fashionlab.training;

/** A job stopped because a user cancelled it. */
final class JobCancelledException extends RuntimeException {

  private final int epochsCompleted;
  private final long batchesTrained;

  JobCancelledException(int epochsCompleted, long batchesTrained) {
    super("cancelled after " + batchesTrained + " batches", null, false, false);
    this.epochsCompleted = epochsCompleted;
    this.batchesTrained = batchesTrained;
  }

  long batchesTrained() {
    return batchesTrained;
  }

  int epochsCompleted() {
    return epochsCompleted;
  }
}
