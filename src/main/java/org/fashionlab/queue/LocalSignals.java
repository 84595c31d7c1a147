package org.fashionlab.queue;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Signals within one process (the embedded database has one process): after each commit. */
final class LocalSignals implements RunSignals {

  private volatile BiConsumer<UUID, RunChange.Kind> receiver = (id, kind) -> {};

  @Override
  public void announce(UUID runId, RunChange.Kind kind) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              receiver.accept(runId, kind);
            }
          });
    } else {
      receiver.accept(runId, kind);
    }
  }

  @Override
  public void listen(BiConsumer<UUID, RunChange.Kind> receiver) {
    this.receiver = receiver;
  }
}
