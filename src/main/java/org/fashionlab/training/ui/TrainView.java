package org.fashionlab.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.security.CurrentUser;

/** Configure a network, watch it train, read its test results. */
@PermitAll
@Route(value = "train", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Train · Fashion Lab")
@Menu(order = 2, icon = "vaadin:chart-line", title = "Train")
class TrainView extends Div {

  private final TrainingQueue queue;
  private final TrainingForm form = new TrainingForm();
  private final NetworkDiagram diagram = new NetworkDiagram();
  private final Button start = new Button("Start training", VaadinIcon.PLAY.create());
  private final JobPanel jobs;
  private final String owner;

  TrainView(
      TrainingQueue queue,
      RunService runs,
      RunFeed feed,
      DatasetService datasets,
      CurrentUser currentUser) {
    this.queue = queue;
    this.owner = currentUser.username();
    this.jobs = new JobPanel(runs, queue, feed, datasets, owner);
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
    Div column = new Div(diagram);
    column.addClassNames("fl-column", "fl-network-column");
    return column;
  }

  private Div createTrainColumn() {
    Div column = new Div(jobs);
    column.addClassNames("fl-column", "fl-train");
    return column;
  }

  private void update(boolean valid) {
    start.setEnabled(valid);
    diagram.show(form.spec().network());
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
