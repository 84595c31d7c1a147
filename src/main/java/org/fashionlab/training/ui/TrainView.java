package org.fashionlab.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.base.ui.CodePanel;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.KerasCode;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.security.CurrentUser;

/**
 * Configure a network, watch it train, read its test results. {@code ?copy=<run id>} fills the form
 * with that run's spec, {@code ?preset=<name>} with a preset.
 */
@PermitAll
@Route(value = "train", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Train · Fashion Lab")
@Menu(order = 2, icon = "vaadin:chart-line", title = "Train")
class TrainView extends Div implements BeforeEnterObserver, AfterNavigationObserver {

  private final TrainingQueue queue;
  private final RunAccess access;
  private final String owner;
  private final TrainingForm form = new TrainingForm();
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final CodePanel kerasCode = new CodePanel("R keras code", "keras-code");
  private final BudgetLine budget;
  private final Button start = new Button("Start training", VaadinIcon.PLAY.create());
  private final JobPanel jobs;
  private boolean dropQuery;

  TrainView(
      TrainingQueue queue,
      RunService runs,
      RunAccess access,
      RunFeed feed,
      DatasetService datasets,
      CurrentUser currentUser,
      ComputeBudgets budgets) {
    this.queue = queue;
    this.access = access;
    this.owner = currentUser.username();
    this.budget = new BudgetLine(budgets);
    this.jobs = new JobPanel(runs, access.lens(), queue, feed, datasets, owner);
    addClassName("fl-train-view");
    configureStart();
    form.addSpecChangeListener(e -> update(e.valid()));
    update(form.isValid());
    add(createConfigureColumn(), createNetworkColumn(), createTrainColumn());
  }

  private void configureStart() {
    start.setId("start");
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.addClickListener(e -> submit());
  }

  private Div createConfigureColumn() {
    Div column = new Div(form, start);
    column.addClassNames("fl-column", "fl-configure");
    return column;
  }

  private Div createNetworkColumn() {
    Div column = new Div(diagram, budget, kerasCode);
    column.addClassNames("fl-column", "fl-network-column");
    return column;
  }

  private Div createTrainColumn() {
    Div column = new Div(jobs);
    column.addClassNames("fl-column", "fl-train");
    return column;
  }

  private void update(boolean valid) {
    boolean fits = budget.show(form.spec(), valid);
    start.setEnabled(valid && fits);
    diagram.show(form.spec().network());
    if (valid) {
      kerasCode.show(KerasCode.of(form.spec()));
    } else {
      kerasCode.showMessage("The code appears once every field of the form is valid.");
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    Optional<String> copy = query.getSingleParameter("copy");
    Optional<String> preset = query.getSingleParameter("preset");
    copy.ifPresent(this::copyRun);
    preset.flatMap(Presets::named).ifPresent(form::choosePreset);
    // Once applied, the address goes back to /train: a reload must not undo later edits.
    dropQuery = copy.isPresent() || preset.isPresent();
  }

  private void copyRun(String id) {
    Optional<ModelSpec> spec;
    try {
      spec = runId(id).flatMap(access::details).map(RunDetails::spec);
    } catch (NotYoursException e) {
      ErrorNotifier.show(e.getMessage() + " The form keeps its values.");
      return;
    }
    if (spec.isPresent()) {
      form.loadCopy(spec.get());
    } else {
      ErrorNotifier.show("There is no run " + id + " to copy; the form keeps its values.");
    }
  }

  private static Optional<UUID> runId(String text) {
    try {
      return Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    if (dropQuery) {
      dropQuery = false;
      UI.getCurrent().getPage().getHistory().replaceState(null, "train");
    }
  }

  private void submit() {
    try {
      jobs.follow(queue.submit(form.spec(), owner).id());
      jobs.scrollIntoView();
    } catch (InvalidSpecException | IllegalStateException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }
}
