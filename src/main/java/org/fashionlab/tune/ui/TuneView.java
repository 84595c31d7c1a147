package org.fashionlab.tune.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.base.ui.ScopeChoice;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.Subscription;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.tune.InvalidStudyException;
import org.fashionlab.tune.StudyEstimate;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudyService;

/** Grid search over hyperparameters, the way caret's tuneGrid does it. */
@PermitAll
@Route(value = "tune", layout = MainLayout.class)
@PageTitle("Tune · Fashion Lab")
@Menu(order = 5, icon = "vaadin:sliders", title = "Tune")
class TuneView extends Div {

  private final StudyService studies;
  private final ComputeBudgets budgets;
  private final RunService runs;
  private final RunFeed feed;
  private final StudyForm form = new StudyForm();
  private final Paragraph estimate = new Paragraph();
  private final Button start = new Button("Start study", VaadinIcon.PLAY.create());
  private final StudyPicker earlier;
  private final StudyPanel panel;
  private final String owner;
  private final ScopeChoice scope;
  private UiEventBuffer<RunChange> events;
  private Subscription subscription;

  TuneView(
      StudyService studies,
      RunService runs,
      RunFeed feed,
      CurrentUser currentUser,
      ComputeBudgets budgets) {
    this.owner = currentUser.username();
    this.scope = new ScopeChoice("study-scope", true, s -> refreshStudies(true));
    // Studies are never shared: only a teacher has a second choice (their classes' studies).
    scope.setVisible(currentUser.require().isTeacher());
    this.studies = studies;
    this.budgets = budgets;
    this.runs = runs;
    this.feed = feed;
    this.panel = new StudyPanel(studies, owner);
    this.earlier = new StudyPicker(id -> studies.result(id).ifPresent(panel::show));
    addClassName("fl-tune-view");
    estimate.setId("study-estimate");
    start.setId("start-study");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(e -> start());
    form.setBases(bases());
    form.onChange(this::updateEstimate);
    add(
        new H2("Tune hyperparameters"),
        new Paragraph(
            "Which number of nodes, which learning rate? Every combination is trained and"
                + " compared on held-out data; the best can then be trained on all images and tested."),
        form,
        estimate,
        start,
        new Div(scope, earlier),
        panel);
    updateEstimate();
    refreshStudies(true);
  }

  private Map<String, ModelSpec> bases() {
    Map<String, ModelSpec> bases = new LinkedHashMap<>();
    // As they are: the form shows and sets the validation split the trials use.
    Presets.all().forEach(p -> bases.put(p.name() + " (preset)", p));
    runs.list().stream()
        .filter(
            r -> r.status() == RunStatus.FINISHED && r.studyId() == null && owner.equals(r.owner()))
        .limit(20)
        .forEach(
            r ->
                runs.details(r.id())
                    .ifPresent(
                        d -> bases.put(r.name() + " (run " + r.architecture() + ")", d.spec())));
    return bases;
  }

  private void updateEstimate() {
    try {
      StudyEstimate e = studies.estimate(form.study());
      estimate.setText(
          String.format(
              Locale.ROOT,
              "%d trials, %d training runs, about %s (%s).%s",
              e.trials(),
              e.runs(),
              duration(e.seconds()),
              e.basis(),
              e.largestTrial() == null
                  ? ""
                  : " Most demanding trial: " + budgets.describe(e.largestTrial()) + "."));
      estimate.removeClassName("fl-error-text");
      start.setEnabled(true);
    } catch (InvalidStudyException e) {
      estimate.setText(String.join(". ", e.problems()) + ".");
      estimate.addClassName("fl-error-text");
      start.setEnabled(false);
    }
  }

  static String duration(double seconds) {
    return seconds < 90 ? Math.round(seconds) + " s" : Math.round(seconds / 60) + " min";
  }

  private void start() {
    try {
      panel.show(studies.start(form.study(), owner));
      refreshStudies(false);
    } catch (InvalidStudyException | IllegalStateException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void refreshStudies(boolean showLatest) {
    List<StudyResult> list = studies.list(scope.scope());
    if (showLatest && !list.isEmpty()) {
      panel.show(list.get(0));
    }
    earlier.show(list, panel.shown() == null ? null : panel.shown().id());
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    events = new UiEventBuffer<>(attach.getUI(), 500, batch -> refreshShown());
    subscription =
        feed.subscribe(
            change -> {
              if (change.kind() != RunChange.Kind.PROGRESS) {
                events.offer(change);
              }
            });
  }

  private void refreshShown() {
    StudyResult before = panel.shown();
    if (before != null) {
      studies.result(before.id()).ifPresent(panel::show);
      if (!panel.shown().status().equals(before.status())) {
        refreshStudies(false); // the picker names each study's status
      }
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    events.close();
    subscription.close();
  }
}
