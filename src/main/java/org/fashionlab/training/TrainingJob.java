package org.fashionlab.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.fashionlab.model.ModelSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training job: its spec, its state built from the events it went through, and the watchers of
 * this job. Events are applied and delivered under one lock, so a watcher that starts watching gets
 * a snapshot and then exactly the events after it.
 */
public final class TrainingJob {

  private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

  /** Owner of jobs submitted without a name. */
  public static final String ANONYMOUS = "anonymous";

  private final UUID id = UUID.randomUUID();
  private final ModelSpec spec;
  private final String owner;
  private final TrainingRequest request;
  private final Instant createdAt = Instant.now();
  private final List<Consumer<TrainingEvent>> watchers = new CopyOnWriteArrayList<>();
  private final List<EpochMetrics> epochs = new ArrayList<>();
  private final List<LossPoint> losses = new ArrayList<>();
  private volatile JobStatus status = JobStatus.QUEUED;
  private volatile boolean cancelRequested;
  private int queuePosition;
  private TrainingEvent.Started started;
  private TrainingEvent.BatchProgress progress;
  private TrainingEvent.Finished finished;
  private String message;

  TrainingJob(TrainingRequest request) {
    this.request = request;
    this.spec = request.spec();
    this.owner =
        request.owner() == null || request.owner().isBlank() ? ANONYMOUS : request.owner().strip();
  }

  /** What was asked for: spec, owner, and the study, trial and fold where tuning. */
  public TrainingRequest request() {
    return request;
  }

  public String owner() {
    return owner;
  }

  public UUID id() {
    return id;
  }

  public ModelSpec spec() {
    return spec;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public JobStatus status() {
    return status;
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  void requestCancel() {
    cancelRequested = true;
  }

  /** Applies an event to the state, then hands it to this job's watchers. */
  synchronized void apply(TrainingEvent event) {
    if (event instanceof TrainingEvent.Queued q) {
      queuePosition = q.position();
    } else if (event instanceof TrainingEvent.Started s) {
      status = JobStatus.RUNNING;
      queuePosition = 0;
      started = s;
    } else if (event instanceof TrainingEvent.BatchProgress p) {
      progress = p;
      losses.addAll(p.newLosses());
    } else if (event instanceof TrainingEvent.EpochEnd e) {
      epochs.add(e.metrics());
    } else if (event instanceof TrainingEvent.Finished f) {
      finished = f;
      status = JobStatus.FINISHED;
    } else if (event instanceof TrainingEvent.Failed f) {
      message = f.message();
      status = JobStatus.FAILED;
    } else if (event instanceof TrainingEvent.Cancelled) {
      status = JobStatus.CANCELLED;
      queuePosition = 0;
    }
    for (Consumer<TrainingEvent> watcher : watchers) {
      try {
        watcher.accept(event);
      } catch (RuntimeException e) {
        log.warn("A watcher of job {} failed on {}", id, event.getClass().getSimpleName(), e);
      }
    }
  }

  /** The current state. */
  public synchronized JobSnapshot snapshot() {
    return new JobSnapshot(
        id,
        spec,
        createdAt,
        status,
        queuePosition,
        started,
        progress,
        epochs,
        losses,
        finished,
        message);
  }

  /**
   * Starts delivering this job's events to {@code watcher} and returns the state they follow. Close
   * the returned watch to stop.
   */
  public synchronized Watch watch(Consumer<TrainingEvent> watcher) {
    watchers.add(watcher);
    return new Watch(snapshot(), () -> watchers.remove(watcher));
  }

  /** A snapshot and the handle that ends the watch. */
  public record Watch(JobSnapshot snapshot, Runnable unwatch) implements AutoCloseable {
    @Override
    public void close() {
      unwatch.run();
    }
  }
}
