package org.fashionlab.learn.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.learn.CrossEntropy;
import org.fashionlab.learn.CurveReading;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.EpochMetrics;

/**
 * Loss against accuracy, training against validation, and overfitting, read off the curves of one
 * of the student's own runs (exercise 8's questions).
 */
final class CurvesLesson extends Composite<Div> {

  private static final int VALIDATION = 1;
  private static final int OVERFITTING_LOOKUP = 20;

  private final RunAccess runs;
  private final Select<RunSummary> run = RunChoice.create("curves-run", "Run with validation");
  private final EChart loss = new EChart();
  private final EChart accuracy = new EChart();
  private final Paragraph reading = new Paragraph();
  private final Paragraph gap = new Paragraph();
  private final Div charts = new Div(loss, accuracy);

  CurvesLesson(RunAccess runs) {
    this.runs = runs;
    loss.setId("lesson-loss-chart");
    accuracy.setId("lesson-accuracy-chart");
    charts.addClassName("fl-chart-pair");
    reading.setId("curves-reading");
    gap.setId("curves-gap");
    run.addValueChangeListener(e -> show(e.getValue()));
    getContent().setId("loss-accuracy");
    getContent()
        .add(
            new H3("Loss and accuracy, training and validation, overfitting"),
            new Paragraph(
                "Loss and accuracy do not measure the same thing. Accuracy counts right answers."
                    + " The loss also weighs how sure the network was: a right answer given"
                    + " probability 0.51 costs −log 0.51 = %s, given 0.99 only %s; a sure wrong"
                        .formatted(
                            LossPanel.f(CrossEntropy.loss(new double[] {0.51}, 0)),
                            LossPanel.f(CrossEntropy.loss(new double[] {0.99}, 0)))
                    + " answer costs far more. So the loss keeps improving after accuracy stops,"
                    + " and it can rise while accuracy stays when the network grows over-confident"
                    + " about the images it gets wrong."),
            new Paragraph(
                "Training values are measured on the images the network learns from, validation"
                    + " values on images held out of training (validation_split). The first always"
                    + " look better. Overfitting is when the network keeps improving on its"
                    + " training images while getting worse on new ones: training loss falls,"
                    + " validation loss rises. The best number of epochs is where validation"
                    + " loss is lowest."),
            new H4("Read it on your own run"),
            run,
            charts,
            reading,
            gap);
    List<RunSummary> choices =
        RunChoice.fill(
            run, runs, r -> r.finalValidationAccuracy() != null && r.epochsCompleted() >= 2);
    // The lesson reads best on a run that overfits: the newest such, else the newest of all.
    choices.stream()
        .limit(OVERFITTING_LOOKUP)
        .filter(this::overfits)
        .findFirst()
        .ifPresent(run::setValue);
    if (choices.isEmpty()) {
      run.setVisible(false);
      charts.setVisible(false);
      reading.setText(
          "No finished run with a validation split yet. Train one for a few epochs (the Course"
              + " CNN preset validates on 20% of the images for 10 epochs) and its curves are read"
              + " here.");
    }
  }

  private boolean overfits(RunSummary summary) {
    return runs.details(summary.id())
        .flatMap(d -> CurveReading.of(d.history()))
        .map(CurveReading::overfitting)
        .orElse(false);
  }

  private void show(RunSummary summary) {
    RunDetails details = summary == null ? null : runs.details(summary.id()).orElse(null);
    if (details == null) {
      return;
    }
    List<EpochMetrics> history = details.history();
    ObjectNode lossOption =
        ChartOptions.line("Loss per epoch", "epoch", "loss", "training", "validation");
    fill(lossOption, history, EpochMetrics::trainLoss, EpochMetrics::validationLoss);
    ObjectNode accuracyOption =
        ChartOptions.accuracyLine("Accuracy per epoch", "epoch", "training", "validation");
    fill(accuracyOption, history, EpochMetrics::trainAccuracy, EpochMetrics::validationAccuracy);
    CurveReading.of(history)
        .ifPresentOrElse(
            r -> {
              String label = "best epoch " + r.bestEpoch().epoch();
              ChartOptions.markX(lossOption, VALIDATION, r.bestEpoch().epoch(), label);
              ChartOptions.markX(accuracyOption, VALIDATION, r.bestEpoch().epoch(), label);
              reading.setText(r.describe());
              gap.setText(r.gap());
            },
            () -> {
              reading.setText("This run has no validation values.");
              gap.setText("");
            });
    loss.setOption(lossOption);
    accuracy.setOption(accuracyOption);
  }

  private static void fill(
      ObjectNode option,
      List<EpochMetrics> history,
      ToDoubleFunction<EpochMetrics> training,
      ToDoubleFunction<EpochMetrics> validation) {
    ArrayNode series = option.withArray("series");
    ArrayNode trainData = series.get(0).withArray("data");
    ArrayNode validationData = series.get(1).withArray("data");
    for (EpochMetrics m : history) {
      trainData.add(EChart.point(m.epoch(), training.applyAsDouble(m)));
      validationData.add(EChart.point(m.epoch(), validation.applyAsDouble(m)));
    }
  }
}
