package org.fashionlab.queue;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The processes that train, as the {@code workers} table shows them: each one that trains writes
 * its heartbeat there every two seconds with the run it trains now, so a teacher's page and the
 * health check see who is alive. (db-scheduler's own heartbeats are per execution and only while
 * one runs; this one also tells that an idle worker is there.)
 */
@Component
public class WorkerRegistry {

  /** A worker is shown alive while its last heartbeat is younger than this. */
  static final Duration ALIVE = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(WorkerRegistry.class);
  private static final long HEARTBEAT_SECONDS = 2;

  private final JdbcTemplate jdbc;
  private final WorkerIdentity identity;
  private final WorkerActivity activity;
  private final ProcessRole role;
  private final Instant startedAt = Instant.now();
  private ScheduledExecutorService heartbeat;

  WorkerRegistry(
      JdbcTemplate jdbc, WorkerIdentity identity, WorkerActivity activity, Environment env) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.activity = activity;
    this.role = ProcessRole.of(env);
  }

  /** A process that trains, as last reported. */
  public record WorkerStatus(
      String name,
      String host,
      long pid,
      String role,
      Instant startedAt,
      Instant lastSeen,
      UUID currentRun,
      int runsDone,
      boolean alive) {}

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!role.trains()) {
      return;
    }
    beat();
    heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "worker-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    heartbeat.scheduleWithFixedDelay(
        this::beatQuietly, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  private void beatQuietly() {
    try {
      beat();
    } catch (RuntimeException e) {
      log.warn("Worker heartbeat failed: {}", e.toString());
    }
  }

  private void beat() {
    Timestamp now = Timestamp.from(Instant.now());
    int updated =
        jdbc.update(
            "UPDATE workers SET last_seen = ?, current_run = ?, runs_done = ?, host = ?, pid = ?,"
                + " role = ?, started_at = ? WHERE name = ?",
            now,
            activity.current(),
            activity.runsDone(),
            identity.host(),
            identity.pid(),
            role.name().toLowerCase(),
            Timestamp.from(startedAt),
            identity.name());
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO workers (name, host, pid, role, started_at, last_seen, current_run,"
              + " runs_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          identity.name(),
          identity.host(),
          identity.pid(),
          role.name().toLowerCase(),
          Timestamp.from(startedAt),
          now,
          activity.current(),
          activity.runsDone());
    }
  }

  /** Every worker that ever reported, the most recently seen first. */
  public List<WorkerStatus> workers() {
    Instant limit = Instant.now().minus(ALIVE);
    return jdbc.query(
        "SELECT name, host, pid, role, started_at, last_seen, current_run, runs_done FROM workers"
            + " ORDER BY last_seen DESC",
        (rs, i) -> {
          Instant lastSeen = rs.getTimestamp(6).toInstant();
          return new WorkerStatus(
              rs.getString(1),
              rs.getString(2),
              rs.getLong(3),
              rs.getString(4),
              rs.getTimestamp(5).toInstant(),
              lastSeen,
              rs.getObject(7, UUID.class),
              rs.getInt(8),
              lastSeen.isAfter(limit));
        });
  }

  /** Workers whose heartbeat is recent. */
  public int alive() {
    return (int) workers().stream().filter(WorkerStatus::alive).count();
  }

  /** This process's name in the queue. */
  public String name() {
    return identity.name();
  }

  @PreDestroy
  void stop() {
    if (heartbeat != null) {
      heartbeat.shutdownNow();
      try {
        jdbc.update(
            "UPDATE workers SET current_run = NULL, last_seen = ? WHERE name = ?",
            Timestamp.from(Instant.now().minus(ALIVE)),
            identity.name());
      } catch (RuntimeException e) {
        log.debug("Could not mark worker {} stopped: {}", identity.name(), e.toString());
      }
    }
  }
}
