package org.fashionlab.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.QueueStanding;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.RunUpdate;
import org.fashionlab.queue.Subscription;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/**
 * Follows one run of the user (their latest by default): its place in the queue, then the monitor
 * while it trains, then its results. The run lives in the database, so the page can close and come
 * back, on any web node, and show it as it is.
 */
final class JobPanel extends Composite<VerticalLayout> {

  private static final long PUSH_INTERVAL_MILLIS = 100;
  private static final int PICKER_RUNS = 30;

  private final RunService runs;
  private final TrainingQueue queue;
  private final RunFeed feed;
  private final String owner;
  private final Select<RunSummary> picker = new Select<>();
  private final Button cancel = new Button("Cancel", VaadinIcon.STOP.create());
  private final Span empty = new Span("No training yet: configure a model and press Start.");
  private final Span status = new Span();
  private final TrainingMonitor monitor = new TrainingMonitor();
  private final ResultsPanel results;
  private UI ui;
  private UUID current;
  private RunSummary shown;
  private Subscription watch;
  private UiEventBuffer<RunUpdate> updates;
  private UiEventBuffer<RunChange> changes;
  private Subscription subscription;

  JobPanel(
      RunService runs, TrainingQueue queue, RunFeed feed, DatasetService datasets, String owner) {
    this.runs = runs;
    this.queue = queue;
    this.feed = feed;
    this.owner = owner;
    this.results = new ResultsPanel(datasets);
    configurePicker();
    status.setId("job-status");
    status.addClassName("fl-status");
    cancel.setId("cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(e -> queue.cancel(current));
    HorizontalLayout header = new HorizontalLayout(new H3("Training run"), picker, cancel);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    getContent().setPadding(false);
    getContent().add(header, empty, status, monitor, results);
    showNothing();
  }

  private void configurePicker() {
    picker.setId("job-picker");
    picker.setAriaLabel("Training run");
    picker.setWidth("22em");
    picker.setItemLabelGenerator(StatusText::label);
    picker.addValueChangeListener(
        e -> {
          if (e.getValue() != null && !e.getValue().id().equals(current)) {
            follow(e.getValue().id());
          }
        });
  }

  /** Shows run {@code id} from now on. */
  void follow(UUID id) {
    stopWatching();
    current = id;
    updates = new UiEventBuffer<>(ui, PUSH_INTERVAL_MILLIS, this::apply);
    watch = feed.watch(id, updates::offer); // before the read: nothing after it is missed
    RunDetails run = runs.details(id).orElse(null);
    if (run == null) {
      showNothing();
      return;
    }
    refreshPicker();
    empty.setVisible(false);
    monitor.setVisible(true);
    monitor.show(run);
    showState(run.summary(), run);
  }

  private void apply(List<RunUpdate> batch) {
    for (RunUpdate update : batch) {
      if (!update.runId().equals(current)) {
        continue;
      }
      if (update.deleted()) {
        stopWatching();
        showNothing();
        empty.setText("This run was deleted.");
        empty.setVisible(true);
        return;
      }
      if (update.restarted()) {
        runs.details(current).ifPresent(monitor::show);
      } else {
        monitor.apply(update);
      }
      showState(update.summary(), null);
    }
  }

  private void showState(RunSummary run, RunDetails details) {
    boolean ended = shown != null && shown.status().isActive() && !run.status().isActive();
    shown = run;
    QueueStanding standing =
        run.status() == RunStatus.QUEUED ? queue.standing(run.id()).orElse(null) : null;
    status.setText(StatusText.of(run, runs.progress(run.id()).orElse(null), standing));
    cancel.setEnabled(run.status().isActive());
    boolean finished = run.status() == RunStatus.FINISHED;
    results.setVisible(finished);
    if (finished && (details != null || ended)) {
      results.show(details != null ? details : runs.details(run.id()).orElseThrow());
    }
    if (ended) {
      refreshPicker();
    }
  }

  private void showNothing() {
    cancel.setEnabled(false);
    status.setText("");
    monitor.setVisible(false);
    results.setVisible(false);
    picker.setVisible(false);
  }

  private List<RunSummary> ownRuns() {
    return runs.list().stream()
        .filter(r -> owner.equals(r.owner()) && r.studyId() == null)
        .limit(PICKER_RUNS)
        .toList();
  }

  private void refreshPicker() {
    List<RunSummary> own = ownRuns();
    picker.setItems(own);
    picker.setVisible(own.size() > 1);
    own.stream().filter(r -> r.id().equals(current)).findFirst().ifPresent(picker::setValue);
  }

  /** A change to any run: the picker may list a new run; a queued run's place may move. */
  private void changed(List<RunChange> batch) {
    if (shown != null && shown.status() == RunStatus.QUEUED) {
      runs.summary(current).ifPresent(s -> showState(s, null));
    }
    if (batch.stream().anyMatch(c -> c.kind() != RunChange.Kind.PROGRESS)) {
      refreshPicker();
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    ui = attachEvent.getUI();
    changes = new UiEventBuffer<>(ui, 500, this::changed);
    subscription = feed.subscribe(changes::offer);
    if (current != null) {
      follow(current);
    } else {
      ownRuns().stream().findFirst().ifPresent(r -> follow(r.id()));
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

  /** The run shown, for tests. */
  UUID current() {
    return current;
  }

  boolean showsRun(UUID id) {
    return Objects.equals(current, id);
  }
}
