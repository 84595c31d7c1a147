package org.fashionlab.training;

/** A job stopped because a user cancelled it. */
final class JobCancelledException extends RuntimeException {

  private final int epochsCompleted;

  JobCancelledException(int epochsCompleted) {
    super("cancelled after " + epochsCompleted + " epochs", null, false, false);
    this.epochsCompleted = epochsCompleted;
  }

  int epochsCompleted() {
    return epochsCompleted;
  }
}
