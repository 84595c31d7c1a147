package org.fashionlab.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.queue.QueueStanding;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.Subscription;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.queue.WorkerRegistry;
import org.fashionlab.queue.WorkerRegistry.WorkerStatus;
import org.fashionlab.registry.RunService;

/**
 * For teachers: the processes that train (host, process, what each trains now, its last heartbeat)
 * and how long the queue is, refreshed every two seconds.
 */
@Route(value = "workers", layout = MainLayout.class)
@PageTitle("Workers · Fashion Lab")
@Menu(order = 7, icon = "vaadin:server", title = "Workers")
@RolesAllowed("TEACHER")
class WorkersView extends Div {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final WorkerRegistry workers;
  private final TrainingQueue queue;
  private final RunService runs;
  private final RunFeed feed;
  private final Grid<WorkerStatus> grid = new Grid<>();
  private final Span queueLine = new Span();
  private UiEventBuffer<RunChange> changes;
  private Subscription subscription;
  private com.vaadin.flow.shared.Registration polling;

  WorkersView(WorkerRegistry workers, TrainingQueue queue, RunService runs, RunFeed feed) {
    this.workers = workers;
    this.queue = queue;
    this.runs = runs;
    this.feed = feed;
    addClassName("fl-workers-view");
    queueLine.setId("queue-line");
    configureGrid();
    add(
        new H2("Workers"),
        new Paragraph(
            "Each process that trains runs one training at a time and writes a heartbeat every"
                + " two seconds; one silent for ten seconds is shown as gone, and its run starts"
                + " again on another worker."),
        queueLine,
        grid);
  }

  private void configureGrid() {
    grid.setId("workers-grid");
    grid.addColumn(WorkerStatus::name).setHeader("Worker").setAutoWidth(true);
    grid.addColumn(w -> w.host() + " (pid " + w.pid() + ")").setHeader("Host").setAutoWidth(true);
    grid.addColumn(WorkerStatus::role).setHeader("Role");
    grid.addColumn(w -> w.alive() ? "alive" : "gone").setHeader("State");
    grid.addColumn(w -> secondsAgo(w.lastSeen())).setHeader("Last heartbeat");
    grid.addComponentColumn(this::currentRun).setHeader("Training now").setAutoWidth(true);
    grid.addColumn(WorkerStatus::runsDone).setHeader("Runs done");
    grid.addColumn(w -> TIME.format(w.startedAt())).setHeader("Started");
    grid.setAllRowsVisible(true);
  }

  private com.vaadin.flow.component.Component currentRun(WorkerStatus worker) {
    UUID id = worker.currentRun();
    if (id == null) {
      return new Span("–");
    }
    String name = runs.summary(id).map(r -> r.name() + " (" + r.owner() + ")").orElse("" + id);
    return new Anchor("runs/" + id, name);
  }

  private static String secondsAgo(Instant at) {
    long seconds = Math.max(0, Duration.between(at, Instant.now()).toSeconds());
    return seconds + " s ago";
  }

  private void refresh() {
    grid.setItems(workers.workers());
    Map<UUID, QueueStanding> standings = queue.standings();
    long owners =
        standings.keySet().stream()
            .map(id -> runs.summary(id).map(r -> r.owner()).orElse(""))
            .distinct()
            .count();
    queueLine.setText(
        String.format(
            "%,d runs waiting, of %,d people · %d workers alive",
            standings.size(), owners, workers.alive()));
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    refresh();
    // Heartbeats change without any run changing: poll as well as listen.
    attach.getUI().setPollInterval(2_000);
    polling = attach.getUI().addPollListener(e -> refresh());
    changes = new UiEventBuffer<>(attach.getUI(), 500, batch -> refresh());
    subscription =
        feed.subscribe(
            change -> {
              if (change.kind() != RunChange.Kind.PROGRESS) {
                changes.offer(change);
              }
            });
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    detach.getUI().setPollInterval(-1);
    polling.remove();
    changes.close();
    subscription.close();
  }
}
