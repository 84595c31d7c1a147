package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;

/** One test image, numbered from 1 as in the course's R code, and what each model makes of it. */
final class SingleImagePanel extends Composite<VerticalLayout> {

  static final int DEFAULT_IMAGE = 10;
  private static final int SCALE = 4;

  private final RunService runs;
  private final DatasetService datasets;
  private final IntegerField number = new IntegerField("Test image number");
  private final Div image = new Div();
  private final Span trueClass = new Span();
  private final Div bars = new Div();
  private List<RunSummary> models = List.of();

  SingleImagePanel(RunService runs, DatasetService datasets) {
    this(
        runs,
        datasets,
        "One test image, many models",
        " The bars show each selected model's probability for all ten classes, most probable"
            + " first (every finished model when none is selected); the true class is green.");
  }

  /**
   * @param title the panel's heading
   * @param barsHint what the bars show, after the sentence on how images are numbered
   */
  SingleImagePanel(RunService runs, DatasetService datasets, String title, String barsHint) {
    this.runs = runs;
    this.datasets = datasets;
    configureNumber();
    trueClass.setId("true-class");
    bars.setId("model-bars");
    bars.addClassName("fl-bar-groups");
    Div picked = new Div(number, image, trueClass);
    picked.addClassName("fl-picked-image");
    Div body = new Div(picked, bars);
    body.addClassName("fl-single-image");
    getContent().setPadding(false);
    getContent().setId("single-image");
    getContent().add(new H3(title), createExplanation(barsHint), body);
  }

  private void configureNumber() {
    int size = datasets.size(Split.TEST);
    number.setId("test-image-number");
    number.setMin(1);
    number.setMax(size);
    number.setStepButtonsVisible(true);
    number.setValue(DEFAULT_IMAGE);
    number.setHelperText("1 to " + String.format("%,d", size));
    number.addValueChangeListener(e -> update());
  }

  private static Paragraph createExplanation(String barsHint) {
    Paragraph text =
        new Paragraph(
            "Images are numbered from 1, as in the course's R code: image 10 is x_test[10, , ] in R"
                + " and x_test[9] in Python."
                + barsHint);
    text.addClassName("fl-hint");
    return text;
  }

  /** The models to ask; the panel redraws at once. */
  void setModels(List<RunSummary> newModels) {
    models = List.copyOf(newModels);
    update();
  }

  private void update() {
    Integer value = number.getValue();
    if (value == null || value < 1 || value > datasets.size(Split.TEST)) {
      number.setInvalid(true);
      number.setErrorMessage("Pick a number from 1 to " + datasets.size(Split.TEST));
      return;
    }
    number.setInvalid(false);
    int index = value - 1;
    int[] pixels = datasets.pixels(Split.TEST, index);
    int label = datasets.label(Split.TEST, index);
    image.removeAll();
    image.add(new PixelImage(pixels, SCALE, "Test image " + value));
    trueClass.setText("True class: " + FashionClass.of(label).label());
    bars.removeAll();
    if (models.isEmpty()) {
      bars.add(new Span("No finished model yet."));
      return;
    }
    float[] unit = DatasetService.scaled(pixels);
    for (RunSummary model : models) {
      bars.add(predict(model, unit, label));
    }
  }

  private ProbabilityBars predict(RunSummary model, float[] unit, int label) {
    if (model.isTestLocked()) {
      // One test image's answer is a piece of the test accuracy the lock keeps back.
      return new ProbabilityBars(model.name(), "test images locked: " + model.testLockReason());
    }
    try {
      return new ProbabilityBars(
          model.name(),
          FashionClass.labels(),
          runs.predict(model.id(), List.of(unit)).get(0),
          label);
    } catch (RuntimeException e) {
      return new ProbabilityBars(model.name(), "cannot predict: " + e.getMessage());
    }
  }

  int groupCount() {
    return (int) bars.getChildren().filter(c -> c instanceof ProbabilityBars).count();
  }
}
