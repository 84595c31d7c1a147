package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.base.ui.RConsole;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.learn.CrossEntropy;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunSummary;

/** Exercise 10: one test image through a trained model, all ten probabilities as R prints them. */
final class PredictionPanel extends Composite<Div> {

  static final int DEFAULT_IMAGE = 10;

  private final RunAccess runs;
  private final DatasetService datasets;
  private final Select<RunSummary> run = RunChoice.create("predict-run", "Trained model");
  private final IntegerField number = new IntegerField("Test image #");
  private final Div picture = new Div();
  private final Div result = new Div();

  PredictionPanel(RunAccess runs, DatasetService datasets) {
    this.runs = runs;
    this.datasets = datasets;
    number.setId("predict-image");
    number.setMin(1);
    number.setMax(datasets.size(Split.TEST));
    number.setValue(DEFAULT_IMAGE);
    number.setStepButtonsVisible(true);
    number.setWidth("9em");
    number.addValueChangeListener(e -> update());
    run.addValueChangeListener(e -> update());
    result.setId("predict-result");
    result.addClassName("fl-predict-result");
    HorizontalLayout bar = new HorizontalLayout(run, number, picture);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    getContent().setId("predict");
    getContent()
        .add(
            new H3("Predict one test image"),
            new Paragraph(
                "The course's last step: predict() returns ten probabilities for an image, one per"
                    + " class in label order, and which.max() picks the largest. Images count from"
                    + " 1 as in R: image 10 is x_test[10, , ]."),
            bar,
            result);
    if (RunChoice.fill(run, runs, r -> runs.canPredict(r.id())).isEmpty()) {
      run.setVisible(false);
      number.setVisible(false);
      result.add(
          new Paragraph("No trained model yet: train one on the Train page, then predict here."));
    }
  }

  private void update() {
    picture.removeAll();
    result.removeAll();
    Integer value = number.getValue();
    RunSummary model = run.getValue();
    if (model == null || value == null || value < 1 || value > number.getMax()) {
      return;
    }
    int index = value - 1;
    int[] pixels = datasets.pixels(Split.TEST, index);
    int label = datasets.label(Split.TEST, index);
    picture.add(new PixelImage(pixels, 2, "test image " + value));
    float[] p = runs.predict(model.id(), List.of(DatasetService.scaled(pixels))).get(0);
    double[] probabilities = new double[p.length];
    int predicted = 0;
    for (int k = 0; k < p.length; k++) {
      probabilities[k] = p[k];
      predicted = p[k] > p[predicted] ? k : predicted;
    }
    result.add(console(model, value, probabilities, predicted, label));
    result.add(new ProbabilityBars(model.name(), FashionClass.labels(), p, label));
    Paragraph loss =
        new Paragraph(
            "Its cross-entropy loss on this image: −log p(%s) = −log %s = %s."
                .formatted(
                    FashionClass.of(label).label(),
                    LossPanel.f(probabilities[label]),
                    LossPanel.f(CrossEntropy.loss(probabilities, label))));
    loss.setId("predict-loss");
    result.add(loss);
  }

  private static RConsole console(
      RunSummary model, int number, double[] probabilities, int predicted, int label) {
    boolean cnn = "CNN".equals(model.kind());
    int side = DatasetService.IMAGE_SIDE;
    String index = cnn ? number + ", , , , drop = FALSE" : number + ", , , drop = FALSE";
    long[] shape = cnn ? new long[] {1, side, side, 1} : new long[] {1, side, side};
    return new RConsole("predict-console")
        .command("img <- x_test[" + index + "]", "keep the batch dimension", List.of())
        .command("dim(img)", null, RConsole.integers(shape))
        .command("predictions <- model %>% predict(img)", null, List.of())
        .command("predictions[1, ]", null, RConsole.scientific(probabilities))
        .command("which.max(predictions[1, ])", null, RConsole.integers(predicted + 1))
        .command(
            "label_names[which.max(predictions[1, ])]",
            null,
            RConsole.strings(FashionClass.of(predicted).label()))
        .command(
            "label_names[which(y_test[" + number + ", ] == 1)]",
            "the true class",
            RConsole.strings(FashionClass.of(label).label()));
  }
}
