package org.fashionlab.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.Subscription;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunLens;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;

/**
 * Follows one run of the user (their latest by default): its place in the queue, then the monitor
 * while it trains, then its results. The run lives in the database, so the page can close and come
 * back, on any web node, and show it as it is.
 */
final class JobPanel extends Composite<VerticalLayout> {

  private static final int PICKER_RUNS = 30;

  private final RunService runs;
  private final RunFeed feed;
  private final String owner;
  private final Select<RunSummary> picker = new Select<>();
  private final Button cancel = new Button("Cancel", VaadinIcon.STOP.create());
  private final Span empty = new Span("No training yet: configure a model and press Start.");
  private final Div runPage = new Div();
  private final RunFollower follower;
  private UI ui;
  private UiEventBuffer<RunChange> changes;
  private Subscription subscription;

  JobPanel(
      RunService runs,
      RunLens lens,
      TrainingQueue queue,
      RunFeed feed,
      DatasetService datasets,
      String owner) {
    this.runs = runs;
    this.feed = feed;
    this.owner = owner;
    this.follower = new RunFollower(runs, lens, queue, feed, datasets);
    follower.onState(this::showState);
    configurePicker();
    cancel.setId("cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(e -> queue.cancel(follower.current()));
    cancel.setEnabled(false);
    runPage.setId("job-run-page");
    HorizontalLayout header = new HorizontalLayout(new H3("Training run"), picker, cancel);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    getContent().setPadding(false);
    getContent().add(header, empty, runPage, follower);
    picker.setVisible(false);
  }

  private void configurePicker() {
    picker.setId("job-picker");
    picker.setAriaLabel("Training run");
    picker.setWidth("22em");
    picker.setItemLabelGenerator(StatusText::label);
    picker.addValueChangeListener(
        e -> {
          if (e.getValue() != null && !e.getValue().id().equals(follower.current())) {
            follow(e.getValue().id());
          }
        });
  }

  /** Shows run {@code id} from now on. */
  void follow(UUID id) {
    if (follower.follow(id)) {
      empty.setVisible(false);
      refreshPicker();
    } else {
      picker.setVisible(false);
    }
  }

  /** The followed run changed: what may be done with it, and where its own page is. */
  private void showState(RunSummary run) {
    cancel.setEnabled(run != null && run.status().isActive());
    runPage.removeAll();
    if (run != null) {
      runPage.add(RunLink.to(run.id(), "Open the run page of " + run.name()));
    }
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
    own.stream()
        .filter(r -> r.id().equals(follower.current()))
        .findFirst()
        .ifPresent(picker::setValue);
  }

  /** A change to any run's state: the picker may list a new run. */
  private void changed(List<RunChange> batch) {
    if (batch.stream().anyMatch(c -> c.kind() != RunChange.Kind.PROGRESS)) {
      refreshPicker();
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    ui = attachEvent.getUI();
    changes = new UiEventBuffer<>(ui, 500, this::changed);
    subscription = feed.subscribe(changes::offer);
    if (follower.current() == null) {
      ownRuns().stream().findFirst().ifPresent(r -> follow(r.id()));
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    changes.close();
    subscription.close();
  }

  /** The run shown, for tests. */
  UUID current() {
    return follower.current();
  }

  boolean showsRun(UUID id) {
    return Objects.equals(follower.current(), id);
  }
}
