package org.fashionlab.queue;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.RunTrainer;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainedRun;
import org.fashionlab.training.TrainingFailedException;
import org.fashionlab.training.TrainingStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a worker does with one execution of db-scheduler's "train-run" task (instance id = run id):
 * start the run's next attempt, train it while its progress goes into the run row, and end it.
 * Every state change happens in one transaction with the queue lock and a refresh of the owner's
 * place in the fair share. An execution whose worker died is handled by {@link #deadExecution} on
 * another worker: the attempt is marked interrupted and the run is queued again, within the
 * configured number of retries, keeping its place.
 */
final class TrainRunTask {

  static final String NAME = "train-run";
  static final TaskDescriptor<Void> DESCRIPTOR = TaskDescriptor.of(NAME);

  private static final Logger log = LoggerFactory.getLogger(TrainRunTask.class);

  private final RunLedger ledger;
  private final RunLosses losses;
  private final RunTrainer trainer;
  private final TrainedModels models;
  private final FairShare fairShare;
  private final TransactionTemplate tx;
  private final RunFeed feed;
  private final QueueProperties properties;
  private final String workerName;
  private final ScheduledExecutorService flusher;
  private final WorkerActivity activity;
  private final QueueMetrics metrics;

  TrainRunTask(
      RunLedger ledger,
      RunLosses losses,
      RunTrainer trainer,
      TrainedModels models,
      FairShare fairShare,
      TransactionTemplate tx,
      RunFeed feed,
      QueueProperties properties,
      String workerName,
      ScheduledExecutorService flusher,
      WorkerActivity activity,
      QueueMetrics metrics) {
    this.ledger = ledger;
    this.losses = losses;
    this.trainer = trainer;
    this.models = models;
    this.fairShare = fairShare;
    this.tx = tx;
    this.feed = feed;
    this.properties = properties;
    this.workerName = workerName;
    this.flusher = flusher;
    this.activity = activity;
    this.metrics = metrics;
  }

  CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
    UUID runId = UUID.fromString(instance.getId());
    Optional<RunLedger.Started> started =
        tx.execute(
            status -> {
              fairShare.lock();
              Optional<RunLedger.Started> s = ledger.start(runId, workerName, Instant.now());
              s.ifPresent(
                  run -> {
                    fairShare.refresh(run.owner());
                    feed.publish(runId, RunChange.Kind.STATE);
                  });
              return s;
            });
    if (started == null || started.isEmpty()) {
      return new CompletionHandler.OnCompleteRemove<>(); // cancelled or deleted meanwhile
    }
    RunLedger.Started run = started.get();
    metrics.started(java.time.Duration.between(run.createdAt(), Instant.now()));
    activity.started(runId);
    try {
      return train(run, context);
    } finally {
      activity.ended(runId);
    }
  }

  private CompletionHandler<Void> train(RunLedger.Started run, ExecutionContext context) {
    ProgressWriter writer =
        new ProgressWriter(
            run.id(),
            run.attempt(),
            ledger,
            losses,
            tx,
            feed,
            () -> context.getSchedulerState().isShuttingDown(),
            flusher,
            properties.flushIntervalMillis(),
            m -> metrics.epoch(m.seconds()));
    try {
      TrainedRun trained = trainer.train(run.id(), run.request(), writer);
      writer.close();
      // The model is stored in the transaction that finishes the run, and only when the run is
      // still this attempt's: a run deleted or given to another worker meanwhile stores nothing.
      ended(
          run,
          () -> {
            boolean ours = ledger.finish(run.id(), run.attempt(), trained, writer.history(), now());
            if (ours) {
              models.store(run.id(), run.request().spec(), trained.parameters());
            }
            return ours;
          });
    } catch (TrainingStoppedException e) {
      writer.close();
      if (writer.lost()) {
        log.info("Run {} attempt {} lost its lease and stopped", run.id(), run.attempt());
      } else if (writer.cancelled()) {
        ended(
            run,
            () ->
                ledger.end(
                    run.id(),
                    run.attempt(),
                    RunStatus.CANCELLED,
                    "Cancelled after " + e.batchesTrained() + " batches.",
                    writer.history(),
                    now()));
      } else {
        boolean retry = run.attempt() <= properties.retries();
        ended(
            run,
            () ->
                ledger.interrupt(
                    run.id(),
                    run.attempt(),
                    "The server stopped during epoch "
                        + (e.epochsCompleted() + 1)
                        + (retry ? "; the run starts again when a worker is free." : "."),
                    retry,
                    now()));
        if (retry) {
          return requeued(run.owner());
        }
      }
    } catch (TrainingFailedException e) {
      writer.close();
      fail(run, writer.history(), e.getMessage());
    } catch (RuntimeException | Error e) {
      // Errors too: the run must end visibly, and the worker must survive for the next.
      log.error("Training run {} failed", run.id(), e);
      writer.close();
      fail(run, writer.history(), "Training failed: " + e);
    } finally {
      writer.close();
    }
    return new CompletionHandler.OnCompleteRemove<>();
  }

  /** Keeps the execution for a run that waits again, and gives it its place in the queue. */
  private CompletionHandler<Void> requeued(String owner) {
    return (complete, operations) -> {
      operations.reschedule(complete, FairShare.PARKED);
      tx.executeWithoutResult(
          status -> {
            fairShare.lock();
            fairShare.refresh(owner);
          });
    };
  }

  private void fail(RunLedger.Started run, List<EpochMetrics> history, String message) {
    ended(
        run, () -> ledger.end(run.id(), run.attempt(), RunStatus.FAILED, message, history, now()));
  }

  /** Ends the attempt in one transaction with the queue lock; false when it had lost the run. */
  private boolean ended(RunLedger.Started run, java.util.function.BooleanSupplier end) {
    Boolean ours =
        tx.execute(
            status -> {
              fairShare.lock();
              boolean done = end.getAsBoolean();
              fairShare.refresh(run.owner());
              feed.publish(run.id(), RunChange.Kind.STATE);
              return done;
            });
    ledger.summary(run.id()).ifPresent(s -> metrics.ended(s.status().name()));
    return Boolean.TRUE.equals(ours);
  }

  /**
   * An execution whose worker stopped sending heartbeats: the attempt is interrupted, keeping the
   * epochs it stored, and the run is queued again within the retries (its place: its own age).
   */
  void deadExecution(ExecutionComplete complete, ExecutionOperations<Void> operations) {
    UUID runId = UUID.fromString(complete.getExecution().taskInstance.getId());
    String lostWorker = complete.getExecution().pickedBy;
    tx.executeWithoutResult(
        status -> {
          fairShare.lock();
          Optional<org.fashionlab.registry.RunSummary> summary = ledger.summary(runId);
          int attempt = ledger.attemptOf(runId).orElse(0);
          boolean running = summary.isPresent() && summary.get().status() == RunStatus.RUNNING;
          if (!running) {
            operations.remove();
            return;
          }
          boolean retry = attempt <= properties.retries();
          String message =
              "Worker "
                  + lostWorker
                  + " stopped responding during this run"
                  + (retry ? "; it starts again on another worker." : ".");
          ledger.interrupt(runId, attempt, message, retry, now());
          if (retry) {
            operations.reschedule(complete, FairShare.PARKED);
            fairShare.refresh(summary.get().owner());
          } else {
            operations.remove();
          }
          log.warn("Run {} attempt {}: {}", runId, attempt, message);
          feed.publish(runId, RunChange.Kind.STATE);
        });
  }

  private static Instant now() {
    return Instant.now();
  }
}
