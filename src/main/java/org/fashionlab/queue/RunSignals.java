package org.fashionlab.queue;

import java.util.UUID;
import java.util.function.BiConsumer;

/** How changes of runs travel to the run feed of every process that serves pages. */
interface RunSignals {

  /** Announces a change once the current transaction commits (at once outside one). */
  void announce(UUID runId, RunChange.Kind kind);

  /** Starts handing every announcement, this process's and others', to {@code receiver}. */
  void listen(BiConsumer<UUID, RunChange.Kind> receiver);
}
