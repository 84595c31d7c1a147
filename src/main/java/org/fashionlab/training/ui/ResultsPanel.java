package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import org.fashionlab.base.ui.ConfusionMatrixChart;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.ClassMetrics;

/** A finished run's test results: accuracy, loss, time, confusion matrix, per-class metrics. */
final class ResultsPanel extends Composite<VerticalLayout> {

  private final Span accuracy = new Span();
  private final Span loss = new Span();
  private final Span time = new Span();
  private final Span validation = new Span();
  private final Paragraph locked = new Paragraph();
  private final Div testOnly;
  private final ConfusionMatrixChart confusion = new ConfusionMatrixChart(FashionClass.labels());
  private final Grid<ClassMetrics> perClass = new Grid<>();
  private final PredictionGrid predictions;

  ResultsPanel(DatasetService datasets) {
    predictions = new PredictionGrid(datasets);
    getContent().setId("results");
    accuracy.setId("test-accuracy");
    loss.setId("test-loss");
    validation.setId("final-validation-accuracy");
    locked.setId("test-locked");
    locked.addClassName("fl-test-locked");
    Div summary =
        new Div(
            metric("Test accuracy", accuracy),
            metric("Test loss", loss),
            metric("Validation accuracy", validation),
            metric("Training time", time));
    summary.addClassName("fl-metrics");
    configureGrid();
    testOnly =
        new Div(
            confusion,
            new H4("Per class"),
            perClass,
            new H4("First 25 test images: predicted (true)"),
            predictions);
    getContent().setPadding(false);
    getContent().add(new H3("Results"), summary, locked, testOnly);
  }

  private static Div metric(String label, Span value) {
    value.addClassName("fl-metric-value");
    Span name = new Span(label);
    name.addClassName("fl-metric-label");
    Div metric = new Div(name, value);
    metric.addClassName("fl-metric");
    return metric;
  }

  private void configureGrid() {
    perClass.setId("class-metrics");
    perClass.addColumn(ClassMetrics::className).setHeader("Class").setFlexGrow(2);
    percent("Precision", ClassMetrics::precision);
    percent("Recall", ClassMetrics::recall);
    percent("F1", ClassMetrics::f1);
    perClass.addColumn(ClassMetrics::support).setHeader("Images").setTextAlign(ColumnTextAlign.END);
    perClass.setAllRowsVisible(true);
  }

  private void percent(String header, ValueProvider<ClassMetrics, Double> value) {
    perClass
        .addColumn(m -> String.format("%.1f%%", 100 * value.apply(m)))
        .setHeader(header)
        .setTextAlign(ColumnTextAlign.END);
  }

  /** Shows a finished run's test results. */
  void show(RunDetails run) {
    RunSummary summary = run.summary();
    time.setText(
        summary.trainingSeconds() == null ? "–" : StatusText.duration(summary.trainingSeconds()));
    validation.setText(
        summary.finalValidationAccuracy() == null
            ? "–"
            : String.format("%.2f%%", 100 * summary.finalValidationAccuracy()));
    boolean isLocked = summary.isTestLocked() || run.confusion() == null;
    locked.setVisible(summary.isTestLocked());
    locked.setText(summary.isTestLocked() ? summary.testLockReason() : "");
    testOnly.setVisible(!isLocked);
    if (isLocked) {
      accuracy.setText("locked");
      loss.setText("locked");
      return;
    }
    accuracy.setText(String.format("%.2f%%", 100 * summary.testAccuracy()));
    loss.setText(String.format("%.4f", summary.testLoss()));
    confusion.show(run.confusion());
    perClass.setItems(run.perClass());
    predictions.show(run.testPredictions());
  }
}
