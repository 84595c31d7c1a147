package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.fashionlab.base.ui.CodePanel;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.KerasCode;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecDescription;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunLens;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.ui.NetworkDiagram;
import org.fashionlab.training.ui.RunFollower;

/**
 * Everything about one run the signed-in person may read: name, owner, live status and curves, test
 * results, its own network and spec, all ten probabilities of any test image, a copy to train and
 * its R keras code.
 */
final class RunPanel extends Composite<Div> {

  private final RunSummary run;
  private final RunService runs;
  private final RunFollower follower;
  private final SingleImagePanel probabilities;

  RunPanel(
      RunSummary run,
      RunService runs,
      RunLens lens,
      TrainingQueue queue,
      RunFeed feed,
      DatasetService datasets) {
    this.run = run;
    this.runs = runs;
    this.follower = new RunFollower(runs, lens, queue, feed, datasets);
    this.probabilities =
        new SingleImagePanel(
            runs,
            datasets,
            "All ten probabilities of one test image",
            " The bars show this model's probability for each of the ten classes, most probable"
                + " first; the true class is green.");
    ModelSpec spec = runs.spec(run.id()).orElseThrow(() -> RunService.notFound(run.id()));
    probabilities.setVisible(false);
    follower.onState(this::showState);
    follower.follow(run.id());
    getContent().addClassName("fl-run-panel");
    getContent().add(createHeader(), follower, createNetwork(spec), probabilities, code(spec));
  }

  private Div createHeader() {
    H2 name = new H2(run.name());
    name.setId("run-name");
    name.addClassName("fl-run-name");
    Paragraph owner =
        new Paragraph(
            "Owner: "
                + run.owner()
                + " · "
                + run.kind()
                + " "
                + run.architecture()
                + " · "
                + RunFormat.text(org.fashionlab.registry.RunColumn.PARAMETERS, run)
                + " parameters · created "
                + RunFormat.text(org.fashionlab.registry.RunColumn.CREATED, run));
    owner.setId("run-owner");
    Button copy = new Button("Train a copy", VaadinIcon.COPY_O.create());
    copy.setId("train-copy");
    copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    copy.addClickListener(
        e ->
            copy.getUI()
                .ifPresent(
                    ui -> ui.navigate("train", QueryParameters.of("copy", run.id().toString()))));
    Div header = new Div(name, owner, copy);
    header.addClassName("fl-run-header");
    return header;
  }

  private Div createNetwork(ModelSpec spec) {
    NetworkDiagram diagram = new NetworkDiagram();
    diagram.show(spec.network());
    UnorderedList words = new UnorderedList();
    words.setId("run-spec");
    SpecDescription.of(spec).forEach(line -> words.add(new ListItem(line)));
    Div settings = new Div(new H3("Spec"), words);
    settings.addClassName("fl-run-spec");
    Div network = new Div(diagram, settings);
    network.addClassName("fl-run-network");
    return network;
  }

  private static CodePanel code(ModelSpec spec) {
    CodePanel code = new CodePanel("R keras code", "keras-code");
    code.show(KerasCode.of(spec));
    return code;
  }

  /** Once the run finished with a model, its probabilities can be asked for. */
  private void showState(RunSummary now) {
    boolean ready = now != null && now.status() == RunStatus.FINISHED && runs.canPredict(now.id());
    if (ready && !probabilities.isVisible()) {
      probabilities.setModels(List.of(now));
    }
    probabilities.setVisible(ready);
  }
}
