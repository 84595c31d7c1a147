package org.fashionlab.training;

/** Where a training job is in its life. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  FINISHED,
  FAILED,
  CANCELLED;

  /** Whether the job will not change any more. */
  public boolean isDone() {
    return this == FINISHED || this == FAILED || this == CANCELLED;
  }
}
