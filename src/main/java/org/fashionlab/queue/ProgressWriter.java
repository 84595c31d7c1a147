package org.fashionlab.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.training.BatchProgress;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;
import org.fashionlab.training.ProgressSink;
import org.fashionlab.training.TrainingPhase;
import org.fashionlab.training.TrainingStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one attempt's progress into its run row. The training thread only hands reports over; a
 * flusher thread writes what is new at most every flush interval in one transaction (progress, new
 * loss points, epochs), reads whether a user asked to stop, and learns from a write that changed
 * nothing that this attempt lost the run. The training then stops within one batch.
 */
final class ProgressWriter implements ProgressSink, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ProgressWriter.class);
  private static final long CANCEL_CHECK_NANOS = 500_000_000L;

  private final UUID runId;
  private final int attempt;
  private final RunLedger ledger;
  private final RunLosses losses;
  private final TransactionTemplate tx;
  private final RunFeed feed;
  private final BooleanSupplier shuttingDown;
  private final ScheduledFuture<?> flushing;
  private final java.util.function.Consumer<EpochMetrics> onEpoch;
  private final Object flushLock = new Object();

  private TrainingStart start;
  private TrainingPhase phase = TrainingPhase.TRAINING;
  private BatchProgress latest;
  private final List<LossPoint> newLosses = new ArrayList<>();
  private final List<EpochMetrics> history = new ArrayList<>();
  private boolean dirty;
  private boolean historyDirty;
  private int seq;
  private long lastCancelCheck;
  private volatile boolean cancelled;
  private volatile boolean lost;

  ProgressWriter(
      UUID runId,
      int attempt,
      RunLedger ledger,
      RunLosses losses,
      TransactionTemplate tx,
      RunFeed feed,
      BooleanSupplier shuttingDown,
      ScheduledExecutorService flusher,
      long flushIntervalMillis,
      java.util.function.Consumer<EpochMetrics> onEpoch) {
    this.onEpoch = onEpoch;
    this.runId = runId;
    this.attempt = attempt;
    this.ledger = ledger;
    this.losses = losses;
    this.tx = tx;
    this.feed = feed;
    this.shuttingDown = shuttingDown;
    this.flushing =
        flusher.scheduleWithFixedDelay(
            this::flushQuietly, flushIntervalMillis, flushIntervalMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void started(TrainingStart start) {
    this.start = start;
    dirty = true;
  }

  @Override
  public synchronized void phase(TrainingPhase phase) {
    this.phase = phase;
    dirty = true;
  }

  @Override
  public synchronized void batches(BatchProgress progress) {
    latest = progress;
    newLosses.addAll(progress.newLosses());
    dirty = true;
  }

  @Override
  public synchronized void epochEnded(EpochMetrics metrics) {
    onEpoch.accept(metrics);
    history.add(metrics);
    historyDirty = true;
    dirty = true;
  }

  @Override
  public boolean stopRequested() {
    return cancelled || lost || shuttingDown.getAsBoolean();
  }

  /** Whether a user asked to stop the run. */
  boolean cancelled() {
    return cancelled;
  }

  /** Whether this attempt lost the run: retried elsewhere, or deleted. */
  boolean lost() {
    return lost;
  }

  /** The epochs reported so far. */
  synchronized List<EpochMetrics> history() {
    return List.copyOf(history);
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      // The database may be briefly unreachable; the next flush writes what is pending.
      log.warn("Writing the progress of run {} failed: {}", runId, e.toString());
    }
  }

  /** Writes what is new; also reads the cancel flag at least twice a second. */
  void flush() {
    synchronized (flushLock) {
      flushPending();
    }
  }

  private void flushPending() {
    Pending batch = takePending();
    if (batch == null) {
      return;
    }
    if (batch.phase() == null) {
      cancelled = ledger.cancelRequested(runId);
      return;
    }
    int chunk = batch.losses().isEmpty() ? -1 : seq++;
    Boolean ours =
        tx.execute(
            status -> {
              Instant at = Instant.now();
              boolean still =
                  (batch.start() == null || ledger.started(runId, attempt, batch.start(), at))
                      && ledger.progress(runId, attempt, batch.phase(), batch.progress(), at)
                      && (batch.history() == null
                          || ledger.history(runId, attempt, batch.history(), at));
              if (!still) {
                status.setRollbackOnly();
                return false;
              }
              if (chunk >= 0) {
                losses.append(runId, attempt, chunk, batch.losses());
              }
              cancelled = ledger.cancelRequested(runId);
              feed.publish(runId, RunChange.Kind.PROGRESS);
              return true;
            });
    if (!Boolean.TRUE.equals(ours)) {
      lost = true;
    }
  }

  /** What a flush writes; {@code phase} null when only the cancel flag is due to be read. */
  private record Pending(
      TrainingStart start,
      TrainingPhase phase,
      BatchProgress progress,
      List<LossPoint> losses,
      List<EpochMetrics> history) {}

  /** Takes what is new, or null when nothing is and the cancel flag was read recently. */
  private synchronized Pending takePending() {
    long now = System.nanoTime();
    if (!dirty && now - lastCancelCheck < CANCEL_CHECK_NANOS) {
      return null;
    }
    lastCancelCheck = now;
    if (!dirty) {
      return new Pending(null, null, null, List.of(), null);
    }
    Pending batch =
        new Pending(
            start,
            phase,
            latest,
            List.copyOf(newLosses),
            historyDirty ? List.copyOf(history) : null);
    start = null;
    latest = null;
    newLosses.clear();
    historyDirty = false;
    dirty = false;
    return batch;
  }

  /** Stops flushing after writing what is still pending. */
  @Override
  public void close() {
    flushing.cancel(false);
    synchronized (this) {
      dirty = dirty || !newLosses.isEmpty();
    }
    flushQuietly();
  }
}
