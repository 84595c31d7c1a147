package org.fashionlab.queue;

import java.util.UUID;

/** Something changed about a run. */
public record RunChange(UUID runId, Kind kind) {

  /** What changed. */
  public enum Kind {
    /** Live progress: batches, losses, an epoch's metrics. */
    PROGRESS,
    /** Its state: queued, started, ended, renamed, its place in the queue. */
    STATE,
    /** It is gone. */
    DELETED
  }
}
