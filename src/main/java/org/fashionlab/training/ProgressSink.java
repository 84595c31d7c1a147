package org.fashionlab.training;

/**
 * Where a training reports how it goes. The trainer calls it on its own thread and never waits for
 * it: an implementation buffers what it needs and writes it elsewhere (the database, in the queue).
 */
public interface ProgressSink {

  /** Training begins with these sizes. */
  void started(TrainingStart start);

  /** The training moved to another phase (validation after an epoch, the test set, saving). */
  void phase(TrainingPhase phase);

  /** Progress within an epoch, a few times per second at most. */
  void batches(BatchProgress progress);

  /** One epoch ended, with its training and validation metrics. */
  void epochEnded(EpochMetrics metrics);

  /**
   * Whether the training must stop now: a user cancelled it, or this process lost the run to
   * another. Asked once per batch, so it must be cheap (a volatile read).
   */
  boolean stopRequested();
}
