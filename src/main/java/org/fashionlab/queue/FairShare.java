package org.fashionlab.queue;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fashionlab.registry.RunLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fair share on top of db-scheduler's order (priority, then execution time). Of each owner's queued
 * runs only the oldest is due, and only while the owner trains fewer runs than allowed; its
 * execution time is when the owner began to wait (their oldest queued run, or the latest start or
 * end of one of their runs, whichever is later). Every other queued run is parked far in the
 * future. So whichever worker asks next gets the oldest run of the owner who has waited longest: A1
 * A2 A3 B1 C1 submitted together train as A1 B1 C1 A2 A3, and a 64-trial study takes turns with
 * everybody else.
 *
 * <p>Callers hold the queue lock ({@link #lock()}) in their transaction, so two nodes never reorder
 * the same owner at once; db-scheduler's version check makes a worker that fetched a run before it
 * was parked skip it.
 */
final class FairShare {

  /** Execution time of runs that must not start yet. */
  static final Instant PARKED = Instant.parse("2200-01-01T00:00:00Z");

  private static final Logger log = LoggerFactory.getLogger(FairShare.class);

  private final JdbcTemplate jdbc;
  private final RunLedger ledger;
  private final ObjectProvider<SchedulerClient> schedulers;
  private final int maxRunning;

  /** Takes the scheduler lazily: the scheduler is built from the task, which needs this. */
  FairShare(
      JdbcTemplate jdbc,
      RunLedger ledger,
      ObjectProvider<SchedulerClient> schedulers,
      int maxRunning) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.schedulers = schedulers;
    this.maxRunning = maxRunning;
  }

  /** Takes the queue lock until the current transaction ends. */
  void lock() {
    jdbc.queryForObject("SELECT id FROM queue_lock WHERE id = 1 FOR UPDATE", Integer.class);
  }

  /** Schedules a new run's execution, parked until {@link #refresh} makes it due. */
  void schedule(java.util.UUID runId, int priority) {
    schedulers
        .getObject()
        .schedule(
            TrainRunTask.DESCRIPTOR
                .instance(runId.toString())
                .priority(priority)
                .scheduledTo(PARKED));
  }

  /** Sets the execution times of one owner's queued runs after anything changed for them. */
  void refresh(String owner) {
    List<RunLedger.Queued> queued = ledger.queuedOf(owner);
    if (queued.isEmpty()) {
      return;
    }
    int slots = Math.max(0, maxRunning - ledger.runningCount(owner));
    Instant waitingSince = waitingSince(owner, queued.get(0).createdAt());
    for (int i = 0; i < queued.size(); i++) {
      RunLedger.Queued run = queued.get(i);
      Instant wanted = i < slots ? waitingSince.plusNanos(i * 1_000L) : PARKED;
      move(run, wanted);
    }
  }

  /**
   * When an owner began to wait: their oldest queued run's creation, or the latest start or end of
   * one of their runs, whichever is later.
   */
  Instant waitingSince(String owner, Instant oldestQueued) {
    Optional<Instant> served = ledger.lastServed(owner);
    return served.isPresent() && served.get().isAfter(oldestQueued) ? served.get() : oldestQueued;
  }

  private void move(RunLedger.Queued run, Instant wanted) {
    SchedulerClient scheduler = schedulers.getObject();
    TaskInstanceId id = TaskInstanceId.of(TrainRunTask.NAME, run.id().toString());
    Optional<ScheduledExecution<Object>> execution = scheduler.getScheduledExecution(id);
    if (execution.isEmpty()) {
      // A queued run always has an execution; put back one that went missing.
      log.warn("Queued run {} had no execution; scheduling it again", run.id());
      scheduler.schedule(
          TrainRunTask.DESCRIPTOR
              .instance(run.id().toString())
              .priority(run.priority())
              .scheduledTo(wanted));
      return;
    }
    if (execution.get().isPicked() || execution.get().getExecutionTime().equals(wanted)) {
      return;
    }
    try {
      scheduler.reschedule(id, wanted);
    } catch (RuntimeException e) {
      // Picked by a worker between the read and the update: it starts now, which is its turn.
      log.debug("Run {} was picked while being rescheduled", run.id(), e);
    }
  }
}
