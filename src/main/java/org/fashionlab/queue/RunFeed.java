package org.fashionlab.queue;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.EpochMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells this process's pages what changed about runs. Changes are announced after their transaction
 * commits (by this process, or, scaled out, by others through the database); one reader thread then
 * reads each changed run once and hands the same update to every watcher of it, so 30 browsers
 * watching one training cost one read, not 30.
 */
@Component
public class RunFeed {

  private static final Logger log = LoggerFactory.getLogger(RunFeed.class);

  private final RunService runs;
  private final RunLosses losses;
  private final RunSignals signals;
  private final List<Consumer<RunChange>> subscribers = new CopyOnWriteArrayList<>();
  private final Map<UUID, Watched> watched = new ConcurrentHashMap<>();
  private final Set<UUID> pending = new LinkedHashSet<>();
  private final Map<UUID, RunChange.Kind> pendingKinds = new ConcurrentHashMap<>();
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "run-feed");
            thread.setDaemon(true);
            return thread;
          });

  RunFeed(RunService runs, RunLosses losses, RunSignals signals) {
    this.runs = runs;
    this.losses = losses;
    this.signals = signals;
    signals.listen(this::received);
  }

  /**
   * Announces a change to every process once the current transaction commits (at once outside a
   * transaction). Callable from any thread.
   */
  public void publish(UUID runId, RunChange.Kind kind) {
    signals.announce(runId, kind);
  }

  /** Takes a change announced by any process (this one, or another through the database). */
  void received(UUID runId, RunChange.Kind kind) {
    synchronized (pending) {
      pending.add(runId);
      pendingKinds.merge(runId, kind, RunFeed::stronger);
    }
    reader.execute(this::drain);
  }

  /** Receives every change of every run until closed (e.g. to refresh a list). */
  public Subscription subscribe(Consumer<RunChange> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /**
   * Receives an update after every change of one run until closed. Start it before reading the
   * run's state: an update may then repeat what that read already saw (loss points carry their
   * step, so a watcher skips those it has), but never misses anything after it.
   */
  public Subscription watch(UUID runId, Consumer<RunUpdate> watcher) {
    Watched w = watched.computeIfAbsent(runId, id -> new Watched(id, runs, losses));
    w.watchers.add(watcher);
    return () -> {
      w.watchers.remove(watcher);
      watched.computeIfPresent(runId, (id, current) -> current.watchers.isEmpty() ? null : current);
    };
  }

  private void drain() {
    while (true) {
      UUID id;
      RunChange.Kind kind;
      synchronized (pending) {
        if (pending.isEmpty()) {
          return;
        }
        id = pending.iterator().next();
        pending.remove(id);
        kind = pendingKinds.remove(id);
      }
      deliver(new RunChange(id, kind == null ? RunChange.Kind.STATE : kind));
    }
  }

  private void deliver(RunChange change) {
    for (Consumer<RunChange> subscriber : subscribers) {
      try {
        subscriber.accept(change);
      } catch (RuntimeException e) {
        log.warn("A run-change subscriber failed", e);
      }
    }
    Watched w = watched.get(change.runId());
    if (w != null) {
      try {
        w.update();
      } catch (RuntimeException e) {
        log.warn("Reading run {} for its watchers failed", change.runId(), e);
      }
    }
  }

  private static RunChange.Kind stronger(RunChange.Kind a, RunChange.Kind b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Runs watched now (for tests and the operators' page). */
  public int watchedRuns() {
    return watched.size();
  }

  @PreDestroy
  void stop() {
    reader.shutdownNow();
  }

  /** One watched run: what its watchers have been given so far. */
  private static final class Watched {
    private final UUID id;
    private final RunService runs;
    private final RunLosses losses;
    private final List<Consumer<RunUpdate>> watchers = new CopyOnWriteArrayList<>();
    private int attempt;
    private int lastSeq = -1;
    private int epochs = -1;

    Watched(UUID id, RunService runs, RunLosses losses) {
      this.id = id;
      this.runs = runs;
      this.losses = losses;
      runs.summary(id)
          .ifPresent(
              s -> {
                attempt = runs.progress(id).map(RunProgress::attempt).orElse(0);
                epochs = s.epochsCompleted();
                List<RunLosses.Chunk> stored = losses.since(id, attempt, -1);
                lastSeq = stored.isEmpty() ? -1 : stored.get(stored.size() - 1).seq();
              });
    }

    void update() {
      Optional<RunSummary> summary = runs.summary(id);
      RunUpdate update;
      if (summary.isEmpty()) {
        update = new RunUpdate(id, null, null, null, List.of(), false);
      } else {
        RunProgress progress = runs.progress(id).orElseThrow();
        boolean restarted = progress.attempt() != attempt;
        if (restarted) {
          attempt = progress.attempt();
          lastSeq = -1;
          epochs = -1;
        }
        List<RunLosses.Chunk> chunks = losses.since(id, attempt, lastSeq);
        if (!chunks.isEmpty()) {
          lastSeq = chunks.get(chunks.size() - 1).seq();
        }
        List<EpochMetrics> history = null;
        if (summary.get().epochsCompleted() != epochs) {
          epochs = summary.get().epochsCompleted();
          history = runs.history(id).orElse(List.of());
        }
        update = new RunUpdate(id, summary.get(), progress, history, chunks, restarted);
      }
      for (Consumer<RunUpdate> watcher : watchers) {
        try {
          watcher.accept(update);
        } catch (RuntimeException e) {
          log.warn("A watcher of run {} failed", id, e);
        }
      }
    }
  }
}
