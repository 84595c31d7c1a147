package org.fashionlab.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.QueueStanding;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.RunUpdate;
import org.fashionlab.queue.Subscription;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunLens;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/**
 * Follows one run live: its status line (place in the queue, phase, result), the monitor's curves
 * while it trains and its test results once it finished. Used by the Train page's job panel and by
 * the run page; the caller checks that the signed-in person may read the run.
 */
public final class RunFollower extends Composite<VerticalLayout> {

  private static final long PUSH_INTERVAL_MILLIS = 100;

  private final RunService runs;
  private final RunLens lens;
  private final TrainingQueue queue;
  private final RunFeed feed;
  private final Span status = new Span();
  private final Span deleted = new Span("This run was deleted.");
  private final TrainingMonitor monitor = new TrainingMonitor();
  private final ResultsPanel results;
  private Consumer<RunSummary> onState = run -> {};
  private UUID current;
  private RunSummary shown;
  private Subscription watch;
  private UiEventBuffer<RunUpdate> updates;
  private UiEventBuffer<RunChange> changes;
  private Subscription subscription;

  /**
   * @param lens what the person watching may see of runs (updates arrive from other threads)
   */
  public RunFollower(
      RunService runs, RunLens lens, TrainingQueue queue, RunFeed feed, DatasetService datasets) {
    this.runs = runs;
    this.lens = lens;
    this.queue = queue;
    this.feed = feed;
    this.results = new ResultsPanel(datasets);
    status.setId("job-status");
    status.addClassName("fl-status");
    deleted.setId("run-deleted");
    getContent().setPadding(false);
    getContent().add(status, deleted, monitor, results);
    showNothing();
  }

  /** Called with the run after every change of its state (null once it was deleted). */
  public void onState(Consumer<RunSummary> listener) {
    onState = listener;
  }

  /** Shows run {@code id} from now on; false when there is no such run. */
  public boolean follow(UUID id) {
    stopWatching();
    current = id;
    updates = new UiEventBuffer<>(UI.getCurrent(), PUSH_INTERVAL_MILLIS, this::apply);
    watch = feed.watch(id, updates::offer); // before the read: nothing after it is missed
    RunDetails run = lens.show(runs.details(id).orElse(null));
    if (run == null) {
      showNothing();
      return false;
    }
    deleted.setVisible(false);
    monitor.setVisible(true);
    monitor.show(run);
    showState(run.summary(), run.progress(), run);
    return true;
  }

  /**
   * Applies updates of the feed. Everything shown comes from the update, which the feed read once
   * for all watchers of the run: a page adds no reads of its own, so 30 pages cost one read.
   */
  void apply(List<RunUpdate> batch) {
    for (RunUpdate update : batch) {
      if (!update.runId().equals(current)) {
        continue;
      }
      if (update.deleted()) {
        stopWatching();
        showNothing();
        deleted.setVisible(true);
        onState.accept(null);
        return;
      }
      if (update.restarted()) {
        lens.show(runs.details(current)).ifPresent(monitor::show);
      } else {
        monitor.apply(update);
      }
      showState(lens.show(update.summary()), update.progress(), null);
    }
  }

  private void showState(RunSummary run, RunProgress progress, RunDetails details) {
    boolean ended = shown != null && shown.status().isActive() && !run.status().isActive();
    shown = run;
    QueueStanding standing =
        run.status() == RunStatus.QUEUED ? queue.standing(run.id()).orElse(null) : null;
    status.setText(StatusText.of(run, progress, standing));
    boolean finished = run.status() == RunStatus.FINISHED;
    results.setVisible(finished);
    if (finished && (details != null || ended)) {
      results.show(details != null ? details : lens.show(runs.details(run.id()).orElseThrow()));
    }
    onState.accept(run);
  }

  private void showNothing() {
    shown = null;
    status.setText("");
    deleted.setVisible(false);
    monitor.setVisible(false);
    results.setVisible(false);
  }

  /** A queued run's place moves whenever another run changes. */
  private void changed(List<RunChange> batch) {
    if (shown != null && shown.status() == RunStatus.QUEUED) {
      runs.summary(current)
          .map(lens::show)
          .ifPresent(s -> showState(s, runs.progress(s.id()).orElse(null), null));
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    changes = new UiEventBuffer<>(attachEvent.getUI(), 500, this::changed);
    subscription = feed.subscribe(changes::offer);
    if (current != null && watch == null) {
      follow(current);
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    stopWatching();
    changes.close();
    subscription.close();
  }

  private void stopWatching() {
    if (watch != null) {
      watch.close();
      updates.close();
      watch = null;
    }
  }

  /** The run followed, or null. */
  public UUID current() {
    return current;
  }
}
