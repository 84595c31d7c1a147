package org.fashionlab.queue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training queue of the whole class: runs are queued as db-scheduler executions in the same
 * transaction as their row (no execution without a visible run, ever), taken by whichever worker
 * asks next in fair-share order ({@link FairShare}), cancelled and deleted at any moment.
 */
@Service
public class TrainingQueue {

  private static final Logger log = LoggerFactory.getLogger(TrainingQueue.class);

  private final RunLedger ledger;
  private final SchedulerClient scheduler;
  private final ObjectProvider<Scheduler> localScheduler;
  private final FairShare fairShare;
  private final TransactionTemplate tx;
  private final RunFeed feed;
  private final QueueProperties properties;
  private final PriorityPolicy priorities;
  private final TrainedModels models;
  private final RunTimeEstimator estimator;
  private final WorkerRegistry workerRegistry;
  private final WorkAccess access;
  private final ComputeBudgets budgets;

  TrainingQueue(
      RunLedger ledger,
      SchedulerClient scheduler,
      ObjectProvider<Scheduler> localScheduler,
      FairShare fairShare,
      TransactionTemplate tx,
      RunFeed feed,
      QueueProperties properties,
      PriorityPolicy priorities,
      TrainedModels models,
      RunTimeEstimator estimator,
      WorkerRegistry workerRegistry,
      WorkAccess access,
      ComputeBudgets budgets) {
    this.ledger = ledger;
    this.scheduler = scheduler;
    this.localScheduler = localScheduler;
    this.fairShare = fairShare;
    this.tx = tx;
    this.feed = feed;
    this.properties = properties;
    this.priorities = priorities;
    this.models = models;
    this.estimator = estimator;
    this.workerRegistry = workerRegistry;
    this.access = access;
    this.budgets = budgets;
  }

  /**
   * Validates and queues a run; it is stored before this returns.
   *
   * @throws org.fashionlab.model.InvalidSpecException listing every invalid field, or the compute
   *     budget limit the network exceeds
   * @throws QueueLimitException when the owner or the class has too many runs waiting
   */
  public RunSummary submit(TrainingRequest request) {
    return submitAll(List.of(request)).get(0);
  }

  /** Validates and queues a plain run of {@code spec} for {@code owner} (outside any study). */
  public RunSummary submit(ModelSpec spec, String owner) {
    return submit(TrainingRequest.of(spec, owner));
  }

  /**
   * Validates and queues several runs at once, all or none (a study's trials). Runs of a study do
   * not count against the owner's limit of waiting runs; the study limits them.
   */
  public List<RunSummary> submitAll(List<TrainingRequest> requests) {
    requests.forEach(
        r -> {
          SpecValidator.requireValid(r.spec(), r.fold() != null);
          budgets.require(r.spec());
        });
    List<RunSummary> queued =
        tx.execute(
            status -> {
              fairShare.lock();
              checkLimits(requests);
              Instant now = Instant.now();
              List<RunSummary> stored = new ArrayList<>();
              Set<String> owners = new HashSet<>();
              for (int i = 0; i < requests.size(); i++) {
                TrainingRequest request = requests.get(i);
                String owner = ownerOf(request);
                int priority = priorities.priorityOf(owner);
                UUID id = UUID.randomUUID();
                // Distinct creation times keep a study's trials in their order.
                stored.add(
                    ledger.insertQueued(
                        id,
                        request,
                        owner,
                        access.accountId(owner),
                        priority,
                        now.plusNanos(i * 1_000L)));
                fairShare.schedule(id, priority);
                owners.add(owner);
                feed.publish(id, RunChange.Kind.STATE);
              }
              owners.forEach(fairShare::refresh);
              return stored;
            });
    afterCommit(this::wakeLocalWorker);
    return queued;
  }

  private void checkLimits(List<TrainingRequest> requests) {
    int waiting = ledger.queuedCount();
    if (waiting + requests.size() > properties.maxQueued()) {
      throw new QueueLimitException(
          "The class's queue is full ("
              + waiting
              + " runs waiting, limit fashionlab.queue.max-queued = "
              + properties.maxQueued()
              + "). Try again when some have started.");
    }
    Map<String, Integer> standalone = new HashMap<>();
    for (TrainingRequest r : requests) {
      if (r.studyId() == null) {
        standalone.merge(ownerOf(r), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : standalone.entrySet()) {
      int already = ledger.queuedOutsideStudies(e.getKey());
      if (already + e.getValue() > properties.maxQueuedPerOwner()) {
        throw new QueueLimitException(
            "You already have "
                + already
                + " runs waiting (limit fashionlab.queue.max-queued-per-owner = "
                + properties.maxQueuedPerOwner()
                + "). Wait until one starts, or cancel one, then start this one.");
      }
    }
  }

  /**
   * Stops a run: a queued one never starts, a running one stops within one batch (plus the half
   * second its worker takes to read the request).
   *
   * @return false when the run is not queued or running
   * @throws NoSuchElementException when there is no such run
   */
  public boolean cancel(UUID id) {
    Boolean cancelled =
        tx.execute(
            status -> {
              fairShare.lock();
              RunSummary run = ledger.summary(id).orElseThrow(() -> RunService.notFound(id));
              boolean done;
              if (run.status() == RunStatus.QUEUED) {
                done = ledger.cancelQueued(id, Instant.now());
                removeExecution(id);
                fairShare.refresh(run.owner());
              } else {
                done = ledger.requestCancel(id, Instant.now());
              }
              feed.publish(id, RunChange.Kind.STATE);
              return done;
            });
    return Boolean.TRUE.equals(cancelled);
  }

  /**
   * Deletes a run at any moment: queued (its execution goes), training (its worker learns it lost
   * the run at its next write and stops), evaluating or saving (its result is refused and its model
   * discarded), or done (its model goes).
   *
   * @throws NoSuchElementException when there is no such run
   */
  public void delete(UUID id) {
    tx.executeWithoutResult(
        status -> {
          fairShare.lock();
          RunSummary run = ledger.summary(id).orElseThrow(() -> RunService.notFound(id));
          ledger.delete(id);
          if (run.status() == RunStatus.QUEUED) {
            removeExecution(id);
          }
          fairShare.refresh(run.owner());
          feed.publish(id, RunChange.Kind.DELETED);
        });
    models.delete(id);
  }

  /** Where a queued run stands, or empty when it is not queued. */
  public Optional<QueueStanding> standing(UUID id) {
    return Optional.ofNullable(standings().get(id));
  }

  /**
   * Where every queued run stands: its place in the fair order, who is ahead, and when it should
   * start on the live workers, each run ahead taking its estimated time ({@link RunTimeEstimator}).
   */
  public Map<UUID, QueueStanding> standings() {
    return tx.execute(
        status -> {
          List<RunLedger.Active> active = ledger.active();
          List<RunLedger.Queued> queued = ledger.queued();
          Map<String, Instant> since = new HashMap<>();
          for (RunLedger.Queued r : queued) {
            since.putIfAbsent(r.owner(), r.createdAt());
          }
          List<RunLedger.Queued> order =
              QueueOrder.of(queued, owner -> fairShare.waitingSince(owner, since.get(owner)));
          Map<UUID, Double> starts = startTimes(active, order);
          Map<UUID, QueueStanding> standings = new HashMap<>();
          Set<String> owners = new HashSet<>();
          Instant now = Instant.now();
          for (int i = 0; i < order.size(); i++) {
            RunLedger.Queued run = order.get(i);
            Double start = starts.get(run.id());
            standings.put(
                run.id(),
                new QueueStanding(
                    i + 1,
                    i,
                    owners.size(),
                    start == null ? null : now.plusMillis(Math.round(start * 1000))));
            owners.add(run.owner());
          }
          return standings;
        });
  }

  private Map<UUID, Double> startTimes(
      List<RunLedger.Active> active, List<RunLedger.Queued> order) {
    int workers = workerRegistry.alive();
    if (workers == 0) {
      return Map.of(); // nobody trains: no start can be promised
    }
    Map<UUID, RunLedger.Active> byId = new HashMap<>();
    List<StartTimes.Busy> busy = new ArrayList<>();
    for (RunLedger.Active a : active) {
      byId.put(a.id(), a);
      if (a.status() == RunStatus.RUNNING) {
        double left =
            a.etaSeconds() != null
                ? a.etaSeconds()
                : estimator.estimate(a.spec(), a.folds()).seconds();
        busy.add(new StartTimes.Busy(a.owner(), left));
      }
    }
    List<StartTimes.Waiting> waiting = new ArrayList<>();
    for (RunLedger.Queued q : order) {
      RunLedger.Active a = byId.get(q.id());
      if (a != null) {
        waiting.add(
            new StartTimes.Waiting(
                q.id(), q.owner(), estimator.estimate(a.spec(), a.folds()).seconds()));
      }
    }
    return StartTimes.of(workers, properties.maxRunningPerOwner(), busy, waiting);
  }

  private void removeExecution(UUID id) {
    try {
      scheduler.cancel(TaskInstanceId.of(TrainRunTask.NAME, id.toString()));
    } catch (RuntimeException e) {
      // Already picked by a worker: its start finds the run no longer queued and ends at once.
      log.debug("Execution of run {} could not be removed: {}", id, e.toString());
    }
  }

  private void wakeLocalWorker() {
    Scheduler local = localScheduler.getIfAvailable();
    if (local != null) {
      local.triggerCheckForDueExecutions();
    }
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private static String ownerOf(TrainingRequest request) {
    if (request.owner() == null || request.owner().isBlank()) {
      throw new IllegalArgumentException("A run needs an owner.");
    }
    return request.owner().strip();
  }
}
