package org.fashionlab.training;

import ai.djl.TrainingDivergedException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetUnavailableException;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The training queue. Jobs run one at a time on one background thread: DJL's PyTorch gradient
 * collector allows only one training per JVM. Every change is published as a {@link TrainingEvent},
 * to the job's watchers and to the service's subscribers.
 */
@Service
public class TrainingService {

  private static final Logger log = LoggerFactory.getLogger(TrainingService.class);
  static final int KEPT_DONE_JOBS = 200;

  private final ModelTrainer trainer;
  private final TrainedModels models;
  private final TrainingProperties properties;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "training");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<UUID, TrainingJob> jobs = new ConcurrentHashMap<>();
  private final List<TrainingJob> waiting = new ArrayList<>();
  private final List<Consumer<TrainingEvent>> subscribers = new CopyOnWriteArrayList<>();

  public TrainingService(
      DatasetService datasets, TrainedModels models, TrainingProperties properties) {
    this.trainer = new ModelTrainer(datasets, properties);
    this.models = models;
    this.properties = properties;
  }

  /**
   * Validates {@code spec} and queues it.
   *
   * @throws InvalidSpecException listing every invalid field
   * @throws IllegalStateException when the queue is full
   */
  public TrainingJob submit(ModelSpec spec) {
    return submit(spec, TrainingJob.ANONYMOUS);
  }

  /**
   * Validates {@code spec} and queues it on behalf of {@code owner}.
   *
   * @throws InvalidSpecException listing every invalid field
   * @throws IllegalStateException when the queue is full
   */
  public TrainingJob submit(ModelSpec spec, String owner) {
    return submit(TrainingRequest.of(spec, owner));
  }

  /**
   * Validates the request's spec and queues it.
   *
   * @throws InvalidSpecException listing every invalid field
   * @throws IllegalStateException when the queue is full
   */
  public TrainingJob submit(TrainingRequest request) {
    SpecValidator.requireValid(request.spec());
    TrainingJob job = new TrainingJob(request);
    synchronized (waiting) {
      if (waiting.size() >= properties.maxQueued()) {
        throw new IllegalStateException(
            "The training queue is full (" + waiting.size() + " waiting). Try again later.");
      }
      waiting.add(job);
      jobs.put(job.id(), job);
      publish(job, new TrainingEvent.Queued(job.id(), waiting.size()));
    }
    worker.execute(() -> run(job));
    return job;
  }

  /** Stops a job: a queued one never starts, a running one stops within one batch. */
  public boolean cancel(UUID jobId) {
    TrainingJob job = jobs.get(jobId);
    if (job == null || job.status().isDone()) {
      return false;
    }
    job.requestCancel();
    synchronized (waiting) {
      if (waiting.remove(job)) {
        publish(job, new TrainingEvent.Cancelled(job.id(), 0, 0));
        announcePositions();
      }
    }
    return true;
  }

  public Optional<TrainingJob> job(UUID jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  /** All jobs of this process, oldest first. */
  public List<TrainingJob> jobs() {
    List<TrainingJob> all = new ArrayList<>(jobs.values());
    all.sort(Comparator.comparing(TrainingJob::createdAt));
    return all;
  }

  /** Receives every job's events until the returned handle is closed. */
  public Subscription subscribe(Consumer<TrainingEvent> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  private void run(TrainingJob job) {
    synchronized (waiting) {
      if (!waiting.remove(job)) {
        return; // cancelled while queued
      }
      announcePositions();
    }
    Consumer<TrainingEvent> publish = event -> publish(job, event);
    try {
      ModelTrainer.Outcome outcome = trainer.train(job, publish);
      try {
        models.save(job.id(), job.spec(), outcome.model());
      } catch (IOException | RuntimeException e) {
        outcome.model().close();
        throw e;
      }
      publish.accept(
          new TrainingEvent.Finished(
              job.id(), outcome.result(), outcome.trainingSeconds(), outcome.stopReason()));
    } catch (JobCancelledException e) {
      publish.accept(
          new TrainingEvent.Cancelled(job.id(), e.epochsCompleted(), e.batchesTrained()));
    } catch (TrainingDivergedException e) {
      publish.accept(
          new TrainingEvent.Failed(
              job.id(),
              "The loss became NaN or infinite, so training stopped. The learning rate is"
                  + " probably too high: try one ten times smaller."));
    } catch (DatasetUnavailableException | InvalidSpecException e) {
      publish.accept(new TrainingEvent.Failed(job.id(), e.getMessage()));
    } catch (Exception | Error e) {
      // Errors too: the job must end visibly, and the training thread must survive for the next.
      log.error("Training job {} failed", job.id(), e);
      publish.accept(new TrainingEvent.Failed(job.id(), "Training failed: " + e));
    } finally {
      forgetOldJobs();
    }
  }

  /**
   * Keeps the newest {@link #KEPT_DONE_JOBS} finished jobs in memory: their results are stored by
   * the registry, and a semester of studies would otherwise pile up loss curves and predictions.
   */
  private void forgetOldJobs() {
    List<TrainingJob> done =
        jobs.values().stream()
            .filter(j -> j.status().isDone())
            .sorted(Comparator.comparing(TrainingJob::createdAt).reversed())
            .toList();
    done.stream().skip(KEPT_DONE_JOBS).forEach(j -> jobs.remove(j.id()));
  }

  private void announcePositions() {
    for (int i = 0; i < waiting.size(); i++) {
      TrainingJob queued = waiting.get(i);
      publish(queued, new TrainingEvent.Queued(queued.id(), i + 1));
    }
  }

  private void publish(TrainingJob job, TrainingEvent event) {
    job.apply(event);
    for (Consumer<TrainingEvent> subscriber : subscribers) {
      try {
        subscriber.accept(event);
      } catch (RuntimeException e) {
        log.warn("A training subscriber failed", e);
      }
    }
  }

  /** Jobs of this process that are not done. */
  public Collection<TrainingJob> active() {
    return jobs.values().stream().filter(j -> !j.status().isDone()).toList();
  }

  @PreDestroy
  public void shutdown() throws InterruptedException {
    jobs.values().forEach(TrainingJob::requestCancel);
    worker.shutdown();
    if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
      log.warn("The training thread did not stop within 30 s");
    }
  }
}
