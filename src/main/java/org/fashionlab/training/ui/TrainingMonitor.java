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
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.JobSnapshot;
import org.fashionlab.training.LossPoint;
import org.fashionlab.training.TrainingEvent;

/** A job while it trains: status, progress with ETA, batch-loss curve and per-epoch curves. */
final class TrainingMonitor extends Composite<VerticalLayout> {

  private final Span status = new Span();
  private final ProgressBar progress = new ProgressBar();
  private final Span progressText = new Span();
  private final EChart batchLoss = new EChart();
  private final EChart epochLoss = new EChart();
  private final EChart epochAccuracy = new EChart();
  private int epochs;

  TrainingMonitor() {
    status.setId("job-status");
    status.addClassName("fl-status");
    progressText.setId("progress-text");
    batchLoss.setId("batch-loss-chart");
    epochLoss.setId("epoch-loss-chart");
    epochAccuracy.setId("epoch-accuracy-chart");
    Div epochCharts = new Div(epochLoss, epochAccuracy);
    epochCharts.addClassName("fl-chart-pair");
    getContent().setPadding(false);
    getContent().add(status, progress, progressText, batchLoss, epochCharts);
  }

  /** Draws a job from scratch. */
  void show(JobSnapshot job) {
    batchLoss.setOption(
        ChartOptions.line("Training loss per batch", "batch", "loss", "batch loss"));
    epochLoss.setOption(
        ChartOptions.line("Loss per epoch", "epoch", "loss", "training", "validation"));
    epochAccuracy.setOption(
        ChartOptions.accuracyLine("Accuracy per epoch", "epoch", "training", "validation"));
    epochs = job.spec().training().epochs();
    progress.setValue(0);
    progressText.setText("");
    if (job.started() != null) {
      epochs = job.started().epochs();
    }
    appendLosses(job.losses());
    appendEpochs(job.epochs());
    BestEpochMarks.mark(job.epochs(), epochLoss, epochAccuracy);
    if (job.progress() != null) {
      showProgress(job.progress());
    }
    if (job.status().isDone()) {
      showEnd(job);
    }
    status.setText(StatusText.of(job));
  }

  /** Applies events that arrived since the last call, in order. */
  void apply(List<TrainingEvent> events, JobSnapshot now) {
    List<LossPoint> losses = new ArrayList<>();
    List<EpochMetrics> ended = new ArrayList<>();
    TrainingEvent.BatchProgress latest = null;
    for (TrainingEvent event : events) {
      if (event instanceof TrainingEvent.Started started) {
        epochs = started.epochs();
      } else if (event instanceof TrainingEvent.BatchProgress p) {
        losses.addAll(p.newLosses());
        latest = p;
      } else if (event instanceof TrainingEvent.EpochEnd end) {
        ended.add(end.metrics());
      }
    }
    appendLosses(losses);
    appendEpochs(ended);
    BestEpochMarks.mark(now.epochs(), epochLoss, epochAccuracy);
    if (latest != null) {
      showProgress(latest);
    }
    if (now.status().isDone()) {
      showEnd(now);
    }
    status.setText(StatusText.of(now));
  }

  private void showEnd(JobSnapshot job) {
    progressText.setText("");
    if (job.finished() != null) {
      progress.setValue(1);
    }
  }

  private void appendLosses(List<LossPoint> losses) {
    List<ArrayNode> points = new ArrayList<>();
    losses.forEach(p -> points.add(EChart.point(p.step(), p.loss())));
    batchLoss.appendPoints(0, points);
  }

  private void appendEpochs(List<EpochMetrics> metrics) {
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
  }

  private void showProgress(TrainingEvent.BatchProgress p) {
    double done = (p.epoch() - 1 + (double) p.batch() / p.batchesPerEpoch()) / Math.max(1, epochs);
    progress.setValue(Math.min(1, done));
    progressText.setText(
        String.format(
            "Epoch %d/%d · batch %d/%d · running accuracy %.1f%% · ETA %s",
            p.epoch(),
            epochs,
            p.batch(),
            p.batchesPerEpoch(),
            100 * p.runningAccuracy(),
            StatusText.duration(p.etaSeconds())));
  }

  /** Points on the batch-loss chart, for tests. */
  int batchLossPoints() {
    return batchLoss.pointCount(0);
  }
}
