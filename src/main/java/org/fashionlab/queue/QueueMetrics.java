package org.fashionlab.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunStatus;
import org.springframework.stereotype.Component;

/**
 * The queue's numbers for operators (Micrometer, exposed by Actuator, e.g. as Prometheus): runs
 * waiting and training (read from the database, so every node reports the class's numbers), how
 * long runs waited, how many each worker trained and how they ended, and seconds per epoch.
 */
@Component
public class QueueMetrics {

  private static final long CACHE_NANOS = 2_000_000_000L;

  private final RunLedger ledger;
  private final MeterRegistry registry;
  private final Timer wait;
  private final Timer epoch;
  private final Map<RunStatus, Long> counts = new EnumMap<>(RunStatus.class);
  private long countedAt;

  QueueMetrics(RunLedger ledger, MeterRegistry registry) {
    this.ledger = ledger;
    this.registry = registry;
    for (RunStatus status : new RunStatus[] {RunStatus.QUEUED, RunStatus.RUNNING}) {
      Gauge.builder("fashionlab.queue.runs", this, m -> m.count(status))
          .description("Runs in the queue, by state")
          .tag("state", status.name().toLowerCase())
          .register(registry);
    }
    this.wait =
        Timer.builder("fashionlab.queue.wait")
            .description("Time from a run's submission to its start")
            .register(registry);
    this.epoch =
        Timer.builder("fashionlab.training.epoch")
            .description("Wall time of one training epoch, validation included")
            .register(registry);
  }

  private synchronized double count(RunStatus status) {
    long now = System.nanoTime();
    if (now - countedAt > CACHE_NANOS || counts.isEmpty()) {
      counts.put(RunStatus.QUEUED, (long) ledger.countByStatus(RunStatus.QUEUED));
      counts.put(RunStatus.RUNNING, (long) ledger.countByStatus(RunStatus.RUNNING));
      countedAt = now;
    }
    return counts.getOrDefault(status, 0L);
  }

  /** A run started after waiting {@code waited}. */
  void started(Duration waited) {
    wait.record(waited);
  }

  /** A run ended on this worker as {@code outcome} (FINISHED, FAILED, CANCELLED, INTERRUPTED). */
  void ended(String outcome) {
    Counter.builder("fashionlab.runs.trained")
        .description("Runs this process trained, by how they ended")
        .tag("outcome", outcome.toLowerCase())
        .register(registry)
        .increment();
  }

  /** One epoch took {@code seconds}. */
  void epoch(double seconds) {
    epoch.record(Duration.ofNanos((long) (seconds * 1e9)));
  }
}
