package org.fashionlab.registry.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;

/**
 * The page of one run, {@code /runs/<id>}: shareable, and where every link to a run leads. Who may
 * not read the run (or names none) reads why instead.
 */
@PermitAll
@Route(value = RunLink.ROUTE, layout = MainLayout.class)
class RunView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

  private final RunAccess access;
  private final RunService runs;
  private final TrainingQueue queue;
  private final RunFeed feed;
  private final DatasetService datasets;
  private String title = "Run · Fashion Lab";

  RunView(
      RunAccess access,
      RunService runs,
      TrainingQueue queue,
      RunFeed feed,
      DatasetService datasets) {
    this.access = access;
    this.runs = runs;
    this.queue = queue;
    this.feed = feed;
    this.datasets = datasets;
    addClassNames("fl-page", "fl-run-view");
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    removeAll();
    RunSummary run;
    try {
      run = access.readable(UUID.fromString(parameter.strip()));
    } catch (IllegalArgumentException | NoSuchElementException e) {
      refuse("There is no run " + parameter + ". It may have been deleted, or the link is cut.");
      return;
    } catch (NotYoursException e) {
      refuse(e.getMessage());
      return;
    }
    title = run.name() + " · Fashion Lab";
    add(new RunPanel(run, runs, access.lens(), queue, feed, datasets));
  }

  private void refuse(String reason) {
    title = "Run not available · Fashion Lab";
    Paragraph message = new Paragraph(reason);
    message.setId("run-refused");
    add(new H2("Run not available"), message, new Anchor("models", "Go to the Models page"));
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
