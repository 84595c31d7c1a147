package org.fashionlab.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.training.BatchProgress;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.TestResult;
import org.fashionlab.training.TrainedRun;
import org.fashionlab.training.TrainingPhase;
import org.fashionlab.training.TrainingRequest;
import org.fashionlab.training.TrainingStart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every change of a run's state, written straight into its row by whoever causes it: the queue when
 * a run is queued, cancelled or deleted, the training process as it starts, reports and ends.
 *
 * <p>A training process writes only under its attempt number ({@code WHERE attempt = ? AND status =
 * 'RUNNING'}): when a run is retried elsewhere, or deleted, the old process's next write changes
 * nothing, and it learns that it lost the run (fencing). Callers run these in their transaction.
 */
@Component
public class RunLedger {

  private static final String OURS = " WHERE id = ? AND attempt = ? AND status = 'RUNNING'";

  private final JdbcTemplate jdbc;
  private final RunRepository runs;
  private final RunJson json;

  RunLedger(JdbcTemplate jdbc, RunRepository runs, RunJson json) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.json = json;
  }

  /** A run waiting to be trained, as the queue orders it. */
  public record Queued(UUID id, String owner, Instant createdAt, int priority, UUID studyId) {}

  /** A run that trained to its end, as the time estimates learn from it. */
  public record Trained(
      ModelSpec spec, int epochsCompleted, int folds, Instant startedAt, Instant finishedAt) {}

  /** A run waiting or training, with what estimates of its time need. */
  public record Active(
      UUID id, String owner, ModelSpec spec, int folds, RunStatus status, Double etaSeconds) {}

  /** A run that has just been started by this process, with what it needs to train. */
  public record Started(
      UUID id, int attempt, String owner, TrainingRequest request, Instant createdAt) {}

  /** Stores a new queued run. */
  public RunSummary insertQueued(
      UUID id, TrainingRequest request, String owner, UUID ownerId, int priority, Instant now) {
    Run run = json.newRun(id, request.spec(), owner, ownerId);
    if (request.studyId() != null) {
      run.tag(
          request.studyId(),
          request.trial(),
          request.fold() == null ? null : request.fold().index(),
          request.fold() == null ? null : request.fold().k());
    }
    run.setStatus(RunStatus.QUEUED);
    run.setCreatedAt(now);
    run.setUpdatedAt(now);
    run.setPriority(priority);
    // Flushed at once: the queue's next statements read the runs table with plain SQL.
    return json.summary(runs.saveAndFlush(run));
  }

  /** The latest runs that trained to their end on this server (imports excluded), newest first. */
  public List<Trained> recentlyTrained(int limit) {
    return jdbc.query(
        "SELECT spec_json, epochs_completed, fold_count, started_at, finished_at FROM runs"
            + " WHERE status = 'FINISHED' AND started_at IS NOT NULL AND finished_at IS NOT NULL"
            + " ORDER BY finished_at DESC",
        rs -> {
          List<Trained> found = new java.util.ArrayList<>();
          while (rs.next() && found.size() < limit) {
            found.add(
                new Trained(
                    json.read(rs.getString(1), ModelSpec.class),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5).toInstant()));
          }
          return found;
        });
  }

  /** Every run waiting or training, with its spec and, while it trains, its time left. */
  public List<Active> active() {
    return jdbc.query(
        "SELECT id, owner, spec_json, fold_count, status, eta_seconds FROM runs"
            + " WHERE status IN ('QUEUED', 'RUNNING')",
        (rs, i) ->
            new Active(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                json.read(rs.getString(3), ModelSpec.class),
                rs.getInt(4),
                RunStatus.valueOf(rs.getString(5)),
                rs.getObject(6) == null ? null : rs.getDouble(6)));
  }

  /** The queued runs of one owner, oldest first. */
  public List<Queued> queuedOf(String owner) {
    return jdbc.query(
        "SELECT id, owner, created_at, priority, study_id FROM runs"
            + " WHERE owner = ? AND status = 'QUEUED' ORDER BY created_at, id",
        (rs, i) ->
            new Queued(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getInt(4),
                rs.getObject(5, UUID.class)),
        owner);
  }

  /** Every queued run, oldest first. */
  public List<Queued> queued() {
    return jdbc.query(
        "SELECT id, owner, created_at, priority, study_id FROM runs"
            + " WHERE status = 'QUEUED' ORDER BY created_at, id",
        (rs, i) ->
            new Queued(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getInt(4),
                rs.getObject(5, UUID.class)),
        new Object[0]);
  }

  /** Runs of {@code owner} training now. */
  public int runningCount(String owner) {
    return count("SELECT COUNT(*) FROM runs WHERE owner = ? AND status = 'RUNNING'", owner);
  }

  /** Queued runs of {@code owner} outside any study. */
  public int queuedOutsideStudies(String owner) {
    return count(
        "SELECT COUNT(*) FROM runs WHERE owner = ? AND status = 'QUEUED' AND study_id IS NULL",
        owner);
  }

  /** Studies of {@code owner} with runs waiting or training. */
  public int activeStudies(String owner) {
    return count(
        "SELECT COUNT(DISTINCT study_id) FROM runs WHERE owner = ? AND study_id IS NOT NULL"
            + " AND status IN ('QUEUED', 'RUNNING')",
        owner);
  }

  /** Queued runs of everybody. */
  public int queuedCount() {
    return count("SELECT COUNT(*) FROM runs WHERE status = 'QUEUED'");
  }

  /** Runs in each state, for the operators' metrics. */
  public int countByStatus(RunStatus status) {
    return count("SELECT COUNT(*) FROM runs WHERE status = ?", status.name());
  }

  /** When {@code owner} was last served: the latest start or end of one of their runs. */
  public Optional<Instant> lastServed(String owner) {
    Timestamp started =
        jdbc.queryForObject(
            "SELECT MAX(started_at) FROM runs WHERE owner = ?", Timestamp.class, owner);
    Timestamp finished =
        jdbc.queryForObject(
            "SELECT MAX(finished_at) FROM runs WHERE owner = ? AND started_at IS NOT NULL",
            Timestamp.class,
            owner);
    Instant a = started == null ? null : started.toInstant();
    Instant b = finished == null ? null : finished.toInstant();
    return Optional.ofNullable(a == null ? b : b == null || a.isAfter(b) ? a : b);
  }

  /** The current attempt number of a run, or empty when it does not exist. */
  public Optional<Integer> attemptOf(UUID id) {
    List<Integer> found =
        jdbc.queryForList("SELECT attempt FROM runs WHERE id = ?", Integer.class, id);
    return found.stream().findFirst();
  }

  /** The owner and status of a run, or empty when it does not exist. */
  public Optional<RunSummary> summary(UUID id) {
    return runs.findById(id).map(json::summary);
  }

  /**
   * Starts the next attempt of a queued run on {@code worker}: a new attempt number, RUNNING, the
   * progress and history of any earlier attempt cleared.
   *
   * @return the started run, or empty when it is no longer queued (cancelled, deleted)
   */
  public Optional<Started> start(UUID id, String worker, Instant now) {
    Optional<Run> found = runs.findById(id);
    if (found.isEmpty()
        || found.get().getStatus() != RunStatus.QUEUED
        || found.get().isCancelRequested()) {
      return Optional.empty();
    }
    Run run = found.get();
    int attempt = run.getAttempt() + 1;
    jdbc.update(
        "UPDATE runs SET status = 'RUNNING', attempt = ?, worker = ?, started_at = ?,"
            + " finished_at = NULL, updated_at = ?, history_json = '[]', epochs_completed = 0,"
            + " final_train_accuracy = NULL, final_validation_accuracy = NULL, phase = 'TRAINING',"
            + " progress_epoch = NULL, progress_batch = NULL, batches_per_epoch = NULL,"
            + " training_images = NULL, validation_images = NULL, threads = NULL,"
            + " running_accuracy = NULL, elapsed_seconds = NULL, eta_seconds = NULL,"
            + " progress_at = NULL WHERE id = ? AND status = 'QUEUED'",
        attempt,
        worker,
        ts(now),
        ts(now),
        id);
    jdbc.update(
        "INSERT INTO run_attempts (run_id, attempt, worker, started_at) VALUES (?, ?, ?, ?)",
        id,
        attempt,
        worker,
        ts(now));
    ModelSpec spec = json.spec(run);
    TrainingRequest.Fold fold =
        run.getFold() == null ? null : new TrainingRequest.Fold(run.getFoldCount(), run.getFold());
    TrainingRequest request =
        new TrainingRequest(
            spec,
            run.getOwner(),
            fold,
            run.getStudyId(),
            run.getTrial() == null ? -1 : run.getTrial());
    return Optional.of(new Started(id, attempt, run.getOwner(), request, run.getCreatedAt()));
  }

  /** Records the sizes of a starting training; false when the attempt lost the run. */
  public boolean started(UUID id, int attempt, TrainingStart start, Instant now) {
    return jdbc.update(
            "UPDATE runs SET batches_per_epoch = ?, training_images = ?, validation_images = ?,"
                + " threads = ?, updated_at = ?"
                + OURS,
            start.batchesPerEpoch(),
            start.trainingImages(),
            start.validationImages(),
            start.threads(),
            ts(now),
            id,
            attempt)
        == 1;
  }

  /**
   * Records the latest progress and phase; false when the attempt lost the run (retried elsewhere,
   * finished by another, or deleted).
   */
  public boolean progress(
      UUID id, int attempt, TrainingPhase phase, BatchProgress progress, Instant now) {
    if (progress == null) {
      return jdbc.update(
              "UPDATE runs SET phase = ?, updated_at = ?" + OURS,
              phase.name(),
              ts(now),
              id,
              attempt)
          == 1;
    }
    return jdbc.update(
            "UPDATE runs SET phase = ?, progress_epoch = ?, progress_batch = ?,"
                + " batches_per_epoch = ?, running_accuracy = ?, elapsed_seconds = ?,"
                + " eta_seconds = ?, progress_at = ?, updated_at = ?"
                + OURS,
            phase.name(),
            progress.epoch(),
            progress.batch(),
            progress.batchesPerEpoch(),
            finiteOrNull(progress.runningAccuracy()),
            progress.elapsedSeconds(),
            Double.isFinite(progress.etaSeconds()) ? progress.etaSeconds() : null,
            ts(Instant.ofEpochMilli(progress.atMillis())),
            ts(now),
            id,
            attempt)
        == 1;
  }

  /** Stores the epochs done so far; false when the attempt lost the run. */
  public boolean history(UUID id, int attempt, List<EpochMetrics> history, Instant now) {
    Run shape = new Run(id);
    json.setHistory(shape, history);
    return jdbc.update(
            "UPDATE runs SET history_json = ?, epochs_completed = ?, final_train_accuracy = ?,"
                + " final_validation_accuracy = ?, updated_at = ?"
                + OURS,
            shape.getHistoryJson(),
            shape.getEpochsCompleted(),
            shape.getFinalTrainAccuracy(),
            shape.getFinalValidationAccuracy(),
            ts(now),
            id,
            attempt)
        == 1;
  }

  /** Whether somebody asked to stop this run. */
  public boolean cancelRequested(UUID id) {
    List<Boolean> found =
        jdbc.queryForList("SELECT cancel_requested FROM runs WHERE id = ?", Boolean.class, id);
    return !found.isEmpty() && Boolean.TRUE.equals(found.get(0));
  }

  /** Asks the process training a run to stop; false when the run is not running. */
  public boolean requestCancel(UUID id, Instant now) {
    return jdbc.update(
            "UPDATE runs SET cancel_requested = TRUE, updated_at = ?"
                + " WHERE id = ? AND status = 'RUNNING'",
            ts(now),
            id)
        == 1;
  }

  /** Ends a trained run with its test result; false when the attempt lost the run. */
  public boolean finish(
      UUID id, int attempt, TrainedRun trained, List<EpochMetrics> history, Instant now) {
    Run shape = new Run(id);
    json.setHistory(shape, history);
    json.setResult(shape, trained.result());
    TestResult result = trained.result();
    boolean ours =
        jdbc.update(
                "UPDATE runs SET status = 'FINISHED', finished_at = ?, updated_at = ?,"
                    + " phase = NULL, training_seconds = ?, message = ?, history_json = ?,"
                    + " epochs_completed = ?, final_train_accuracy = ?,"
                    + " final_validation_accuracy = ?, test_accuracy = ?, test_loss = ?,"
                    + " confusion_json = ?, test_predictions = ?, eta_seconds = 0"
                    + OURS,
                ts(now),
                ts(now),
                trained.trainingSeconds(),
                trained.stopReason(),
                shape.getHistoryJson(),
                shape.getEpochsCompleted(),
                shape.getFinalTrainAccuracy(),
                shape.getFinalValidationAccuracy(),
                (double) result.accuracy(),
                (double) result.loss(),
                shape.getConfusionJson(),
                shape.getTestPredictions(),
                id,
                attempt)
            == 1;
    if (ours) {
      endAttempt(id, attempt, "FINISHED", trained.stopReason(), history, now);
    }
    return ours;
  }

  /**
   * Ends the attempt as {@code status} (FAILED or CANCELLED) with a message; false when the attempt
   * lost the run.
   */
  public boolean end(
      UUID id,
      int attempt,
      RunStatus status,
      String message,
      List<EpochMetrics> history,
      Instant now) {
    boolean ours =
        jdbc.update(
                "UPDATE runs SET status = ?, message = ?, finished_at = ?, updated_at = ?,"
                    + " phase = NULL, eta_seconds = NULL"
                    + OURS,
                status.name(),
                message,
                ts(now),
                ts(now),
                id,
                attempt)
            == 1;
    if (ours) {
      endAttempt(id, attempt, status.name(), message, history, now);
    }
    return ours;
  }

  /**
   * Ends an attempt whose process stopped (shut down, or declared dead): the attempt keeps the
   * epochs it stored; the run waits again ({@code retry}) or ends as INTERRUPTED.
   *
   * @return false when the run was not running under that attempt
   */
  public boolean interrupt(UUID id, int attempt, String message, boolean retry, Instant now) {
    List<String> history =
        jdbc.queryForList("SELECT history_json FROM runs" + OURS, String.class, id, attempt);
    if (history.isEmpty()) {
      return false;
    }
    List<EpochMetrics> epochs = json.history(history.get(0));
    jdbc.update(
        "UPDATE runs SET status = ?, message = ?, updated_at = ?, phase = NULL,"
            + " eta_seconds = NULL, finished_at = ?"
            + OURS,
        retry ? RunStatus.QUEUED.name() : RunStatus.INTERRUPTED.name(),
        message,
        ts(now),
        retry ? null : ts(now),
        id,
        attempt);
    endAttempt(id, attempt, RunStatus.INTERRUPTED.name(), message, epochs, now);
    return true;
  }

  /** Ends a queued run that never started, as cancelled by a user. */
  public boolean cancelQueued(UUID id, Instant now) {
    return jdbc.update(
            "UPDATE runs SET status = 'CANCELLED', message = ?, finished_at = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'QUEUED'",
            "Cancelled before it started.",
            ts(now),
            ts(now),
            id)
        == 1;
  }

  /** Deletes a run with its losses and attempts. */
  public boolean delete(UUID id) {
    return jdbc.update("DELETE FROM runs WHERE id = ?", id) == 1;
  }

  /** Gives runs from before accounts (no owner) to {@code ownerId}; returns how many. */
  public int adoptOwnerless(UUID ownerId, String owner) {
    return jdbc.update(
        "UPDATE runs SET owner_id = ?, owner = ? WHERE owner_id IS NULL", ownerId, owner);
  }

  /** Marks the run as changed now, so that pollers of {@code updated_at} see it. */
  public void touch(UUID id, Instant now) {
    jdbc.update("UPDATE runs SET updated_at = ? WHERE id = ?", ts(now), id);
  }

  /** The attempts of a run, oldest first. */
  public List<RunAttempt> attempts(UUID run) {
    return jdbc.query(
        "SELECT attempt, worker, started_at, ended_at, outcome, message, epochs_completed,"
            + " history_json FROM run_attempts WHERE run_id = ? ORDER BY attempt",
        (rs, i) ->
            new RunAttempt(
                rs.getInt(1),
                rs.getString(2),
                rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                json.history(rs.getString(8))),
        run);
  }

  private void endAttempt(
      UUID id,
      int attempt,
      String outcome,
      String message,
      List<EpochMetrics> history,
      Instant now) {
    jdbc.update(
        "UPDATE run_attempts SET ended_at = ?, outcome = ?, message = ?, epochs_completed = ?,"
            + " history_json = ? WHERE run_id = ? AND attempt = ?",
        ts(now),
        outcome,
        message,
        history.size(),
        json.write(history),
        id,
        attempt);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private static Double finiteOrNull(float value) {
    return Float.isFinite(value) ? (double) value : null;
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
