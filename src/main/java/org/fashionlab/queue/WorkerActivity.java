package org.fashionlab.queue;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** What this process is training now, and how many runs it has trained. */
final class WorkerActivity {

  private volatile UUID current;
  private final AtomicInteger done = new AtomicInteger();

  void started(UUID runId) {
    current = runId;
  }

  void ended(UUID runId) {
    current = null;
    done.incrementAndGet();
  }

  /** The run training now, or null. */
  UUID current() {
    return current;
  }

  int runsDone() {
    return done.get();
  }
}
