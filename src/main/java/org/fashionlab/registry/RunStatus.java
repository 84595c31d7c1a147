package org.fashionlab.registry;

/** The state of a stored run. INTERRUPTED: the process ended while it was queued or training. */
public enum RunStatus {
  QUEUED,
  RUNNING,
  FINISHED,
  FAILED,
  CANCELLED,
  INTERRUPTED;

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
