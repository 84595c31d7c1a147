package org.fashionlab.tune.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudyService;
import org.fashionlab.tune.TrialResult;

/** One study: progress with ETA, the trials sorted by validation accuracy, the chart, actions. */
final class StudyPanel extends Composite<Div> {

  private final StudyService studies;
  private final H3 title = new H3();
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span();
  private final Grid<TrialResult> trials = new Grid<>();
  private final StudyChart chart = new StudyChart();
  private final Button cancel = new Button("Cancel study", VaadinIcon.STOP.create());
  private final Button trainBest =
      new Button("Train the best on all data", VaadinIcon.ROCKET.create());
  private final String owner;
  private StudyResult shown;
  private Object shownSpec;

  StudyPanel(StudyService studies, String owner) {
    this.owner = owner;
    this.studies = studies;
    status.setId("study-status");
    trials.setId("study-trials");
    trials.setAllRowsVisible(true);
    trials.setClassNameGenerator(t -> t.best() ? "fl-best-row" : null);
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.setId("cancel-study");
    cancel.addClickListener(e -> studies.cancel(shown.id()));
    trainBest.setId("train-best");
    trainBest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    trainBest.addClickListener(e -> trainBest());
    Div actions = new Div(cancel, trainBest);
    actions.addClassName("fl-study-actions");
    getContent().add(title, progress, status, actions, trials, chart);
    getContent().setVisible(false);
  }

  StudyResult shown() {
    return shown;
  }

  void show(StudyResult study) {
    this.shown = study;
    getContent().setVisible(true);
    title.setText(study.name() + " (" + study.trials().size() + " trials)");
    progress.setValue(study.runs() == 0 ? 1 : (double) study.runsDone() / study.runs());
    status.setText(statusText(study));
    List<TrialResult> sorted =
        study.trials().stream()
            .sorted(
                Comparator.comparing(
                        (TrialResult t) ->
                            t.validationAccuracy() == null ? -1 : t.validationAccuracy())
                    .reversed())
            .toList();
    if (!study.spec().equals(shownSpec)) {
      configureColumns(study);
      shownSpec = study.spec();
    }
    trials.setItems(sorted);
    chart.show(study);
    boolean running = "RUNNING".equals(study.status());
    cancel.setEnabled(running);
    trainBest.setEnabled(study.best().isPresent());
  }

  /** One column per varied hyperparameter, as caret prints its tuning results. */
  private void configureColumns(StudyResult study) {
    trials.removeAllColumns();
    trials.addColumn(t -> t.best() ? "★ best" : "").setHeader("").setWidth("6em").setFlexGrow(0);
    trials
        .addComponentColumn(StudyPanel::trialLinks)
        .setHeader("Trial")
        .setAutoWidth(true)
        .setFlexGrow(0);
    study
        .spec()
        .grid()
        .forEach(
            axis ->
                trials
                    .addColumn(t -> t.values().get(axis.parameter()))
                    .setHeader(axis.parameter().label())
                    .setAutoWidth(true));
    trials
        .addColumn(StudyPanel::accuracy)
        .setHeader(
            study.spec().runsPerTrial() > 1
                ? "Validation accuracy (mean ± sd)"
                : "Validation accuracy")
        .setAutoWidth(true);
    trials
        .addColumn(t -> String.format(Locale.ROOT, "%.1f s", t.trainingSeconds()))
        .setHeader("Training time")
        .setAutoWidth(true);
    trials
        .addColumn(
            t -> t.runsDone() + "/" + t.runs() + " " + t.status().name().toLowerCase(Locale.ROOT))
        .setHeader("Runs")
        .setAutoWidth(true);
  }

  /** "#3", a link to the trial's run; with k-fold "#3 · folds 1 2 3", a link per fold's run. */
  private static Div trialLinks(TrialResult t) {
    String number = "#" + (t.index() + 1);
    Div links = new Div();
    links.addClassName("fl-trial-links");
    if (t.runIds().isEmpty()) {
      links.add(new Span(number));
    } else if (t.runIds().size() == 1) {
      links.add(RunLink.to(t.runIds().get(0), number));
    } else {
      links.add(new Span(number + " · folds"));
      for (int fold = 0; fold < t.runIds().size(); fold++) {
        links.add(new Span(" "), RunLink.to(t.runIds().get(fold), String.valueOf(fold + 1)));
      }
    }
    return links;
  }

  private static String statusText(StudyResult study) {
    String text =
        study.runsDone()
            + " of "
            + study.runs()
            + " runs done, "
            + study.status().toLowerCase(Locale.ROOT);
    double seconds = study.trials().stream().mapToDouble(TrialResult::trainingSeconds).sum();
    if ("RUNNING".equals(study.status()) && study.runsDone() > 0) {
      double eta = seconds / study.runsDone() * (study.runs() - study.runsDone());
      text += String.format(Locale.ROOT, ", about %.0f s left", eta);
    }
    return study
            .best()
            .map(b -> ". Best so far: #" + (b.index() + 1) + ", " + b.description())
            .map(text::concat)
            .orElse(text)
        + ".";
  }

  private static String accuracy(TrialResult t) {
    if (t.validationAccuracy() == null) {
      return "";
    }
    String mean = String.format(Locale.ROOT, "%.2f%%", t.validationAccuracy() * 100);
    return t.runs() > 1 && t.validationSd() != null
        ? mean + String.format(Locale.ROOT, " ± %.2f", t.validationSd() * 100)
        : mean;
  }

  private void trainBest() {
    var run = studies.trainBest(shown.id(), owner);
    Notification.show("Queued \"" + run.name() + "\": follow it on the Train and Models pages.");
  }
}
