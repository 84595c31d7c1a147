package org.fashionlab.training.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.queue.RunUpdate;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;

/** A run while it trains: progress with ETA, batch-loss curve and per-epoch curves. */
final class TrainingMonitor extends Composite<VerticalLayout> {

  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();
  private final EChart batchLoss = new EChart();
  private final EChart epochLoss = new EChart();
  private final EChart epochAccuracy = new EChart();
  private int epochs;
  private long lastStep;

  TrainingMonitor() {
    progressText.setId("progress-text");
    batchLoss.setId("batch-loss-chart");
    epochLoss.setId("epoch-loss-chart");
    epochAccuracy.setId("epoch-accuracy-chart");
    Div epochCharts = new Div(epochLoss, epochAccuracy);
    epochCharts.addClassName("fl-chart-pair");
    getContent().setPadding(false);
    getContent().add(progress, progressText, batchLoss, epochCharts);
  }

  /** Draws a run from scratch. */
  void show(RunDetails run) {
    batchLoss.setOption(
        ChartOptions.line("Training loss per batch", "batch", "loss", "batch loss"));
    epochs = run.summary().epochs();
    lastStep = 0;
    appendLosses(run.losses());
    showEpochs(run.history());
    showProgress(run.progress(), run.summary().status().isActive());
    if (run.summary().status() == RunStatus.FINISHED) {
      progress.setValue(1);
    }
  }

  /** Applies what changed since the last call. */
  void apply(RunUpdate update) {
    List<LossPoint> points = new ArrayList<>();
    for (RunLosses.Chunk chunk : update.newLosses()) {
      points.addAll(chunk.points());
    }
    appendLosses(points);
    if (update.history() != null) {
      showEpochs(update.history());
    }
    showProgress(update.progress(), update.summary().status().isActive());
    if (update.summary().status() == RunStatus.FINISHED) {
      progress.setValue(1);
    }
  }

  private void appendLosses(List<LossPoint> losses) {
    List<ArrayNode> points = new ArrayList<>();
    for (LossPoint p : losses) {
      if (p.step() > lastStep) { // an update may repeat points the first read already drew
        points.add(EChart.point(p.step(), p.loss()));
        lastStep = p.step();
      }
    }
    batchLoss.appendPoints(0, points);
  }

  private void showEpochs(List<EpochMetrics> metrics) {
    epochLoss.setOption(
        ChartOptions.line("Loss per epoch", "epoch", "loss", "training", "validation"));
    epochAccuracy.setOption(
        ChartOptions.accuracyLine("Accuracy per epoch", "epoch", "training", "validation"));
    List<ArrayNode> trainLoss = new ArrayList<>();
    List<ArrayNode> validationLoss = new ArrayList<>();
    List<ArrayNode> trainAccuracy = new ArrayList<>();
    List<ArrayNode> validationAccuracy = new ArrayList<>();
    for (EpochMetrics m : metrics) {
      trainLoss.add(EChart.point(m.epoch(), m.trainLoss()));
      validationLoss.add(EChart.point(m.epoch(), m.validationLoss()));
      trainAccuracy.add(EChart.point(m.epoch(), m.trainAccuracy()));
      validationAccuracy.add(EChart.point(m.epoch(), m.validationAccuracy()));
    }
    epochLoss.appendPoints(0, trainLoss);
    epochLoss.appendPoints(1, validationLoss);
    epochAccuracy.appendPoints(0, trainAccuracy);
    epochAccuracy.appendPoints(1, validationAccuracy);
    BestEpochMarks.mark(metrics, epochLoss, epochAccuracy);
  }

  private void showProgress(RunProgress p, boolean active) {
    progress.setValue(p == null ? 0 : p.fractionDone(epochs));
    if (!active || p == null || p.epoch() == null) {
      progressText.setText("");
      return;
    }
    if (p.progressAt() != null) {
      // When the newest batch shown was trained: lets a watcher measure how late it arrives.
      progressText.getElement().setAttribute("data-batch-at", "" + p.progressAt().toEpochMilli());
    }
    progressText.setText(
        String.format(
            "Epoch %d/%d · batch %d/%d · running accuracy %.1f%% · ETA %s",
            p.epoch(),
            epochs,
            p.batch(),
            p.batchesPerEpoch(),
            p.runningAccuracy() == null ? Double.NaN : 100 * p.runningAccuracy(),
            p.etaSeconds() == null ? "–" : StatusText.duration(p.etaSeconds())));
  }

  /** Points on the batch-loss chart, for tests. */
  int batchLossPoints() {
    return batchLoss.pointCount(0);
  }
}
