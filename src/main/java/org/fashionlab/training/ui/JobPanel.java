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
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.training.JobSnapshot;
import org.fashionlab.training.Subscription;
import org.fashionlab.training.TrainingEvent;
import org.fashionlab.training.TrainingJob;
import org.fashionlab.training.TrainingService;

/**
 * Follows one training job: picks it (the latest by default), watches its events and shows the
 * monitor, then the results. The job outlives the page; attaching again redraws from a snapshot.
 */
final class JobPanel extends Composite<VerticalLayout> {

  private static final long PUSH_INTERVAL_MILLIS = 250;

  private final TrainingService training;
  private final Select<TrainingJob> picker = new Select<>();
  private final Button cancel = new Button("Cancel", VaadinIcon.STOP.create());
  private final Span empty = new Span("No training yet: configure a model and press Start.");
  private final TrainingMonitor monitor = new TrainingMonitor();
  private final ResultsPanel results;
  private UI ui;
  private TrainingJob current;
  private TrainingJob.Watch watch;
  private UiEventBuffer<TrainingEvent> events;
  private UiEventBuffer<TrainingEvent> jobChanges;
  private Subscription subscription;

  JobPanel(TrainingService training, DatasetService datasets) {
    this.training = training;
    this.results = new ResultsPanel(datasets);
    configurePicker();
    cancel.setId("cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(e -> training.cancel(current.id()));
    HorizontalLayout header = new HorizontalLayout(new H3("Training run"), picker, cancel);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    getContent().setPadding(false);
    getContent().add(header, empty, monitor, results);
    showNothing();
  }

  private void configurePicker() {
    picker.setId("job-picker");
    picker.setAriaLabel("Training job");
    picker.setWidth("22em");
    picker.setItemLabelGenerator(job -> StatusText.label(job.snapshot()));
    picker.addValueChangeListener(
        e -> {
          if (e.getValue() != null && e.getValue() != current) {
            follow(e.getValue());
          }
        });
  }

  /** Shows {@code job} from now on. */
  void follow(TrainingJob job) {
    stopWatching();
    current = job;
    events = new UiEventBuffer<>(ui, PUSH_INTERVAL_MILLIS, this::apply);
    watch = job.watch(events::offer);
    JobSnapshot snapshot = watch.snapshot();
    refreshPicker();
    empty.setVisible(false);
    monitor.setVisible(true);
    monitor.show(snapshot);
    showEnd(snapshot);
  }

  private void apply(List<TrainingEvent> batch) {
    JobSnapshot now = current.snapshot();
    monitor.apply(batch, now);
    if (batch.stream().anyMatch(e -> !(e instanceof TrainingEvent.BatchProgress))) {
      showEnd(now);
    }
  }

  private void showEnd(JobSnapshot job) {
    cancel.setEnabled(!job.status().isDone());
    results.setVisible(job.finished() != null);
    if (job.finished() != null) {
      results.show(job.finished());
    }
  }

  private void showNothing() {
    cancel.setEnabled(false);
    monitor.setVisible(false);
    results.setVisible(false);
    picker.setVisible(false);
  }

  private void refreshPicker() {
    List<TrainingJob> jobs = training.jobs();
    picker.setItems(jobs);
    picker.setVisible(jobs.size() > 1);
    if (current != null) {
      picker.setValue(current);
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    ui = attachEvent.getUI();
    jobChanges = new UiEventBuffer<>(ui, PUSH_INTERVAL_MILLIS, batch -> refreshPicker());
    subscription =
        training.subscribe(
            event -> {
              if (!(event instanceof TrainingEvent.BatchProgress)) {
                jobChanges.offer(event);
              }
            });
    List<TrainingJob> jobs = training.jobs();
    if (current != null) {
      follow(current);
    } else if (!jobs.isEmpty()) {
      follow(jobs.get(jobs.size() - 1));
    }
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    stopWatching();
    jobChanges.close();
    subscription.close();
  }

  private void stopWatching() {
    if (watch != null) {
      watch.close();
      events.close();
      watch = null;
    }
  }
}
