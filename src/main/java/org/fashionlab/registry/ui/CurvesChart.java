package org.fashionlab.registry.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.training.EpochMetrics;

/**
 * Accuracy (left) and loss (right) per epoch of several runs in one chart: one colour per run, a
 * solid line for training and a dashed one for validation. A legend entry toggles both panels.
 */
public final class CurvesChart extends Composite<EChart> {

  static final String[] RUN_COLORS = {
    "#1f6feb", "#e8710a", "#2da44e", "#8250df", "#cf222e", "#0a8a8a"
  };

  public CurvesChart() {
    getContent().setId("compare-curves");
    getContent().setHeight("380px");
  }

  public void show(List<RunDetails> runs) {
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").put("top", 0).put("type", "scroll");
    ArrayNode titles = option.putArray("title");
    ArrayNode grids = option.putArray("grid");
    ArrayNode xAxes = option.putArray("xAxis");
    ArrayNode yAxes = option.putArray("yAxis");
    panel(titles, grids, xAxes, yAxes, "Accuracy", "3%");
    panel(titles, grids, xAxes, yAxes, "Loss", "53%");
    ArrayNode series = option.putArray("series");
    for (int r = 0; r < runs.size(); r++) {
      RunDetails run = runs.get(r);
      String color = RUN_COLORS[r % RUN_COLORS.length];
      String name = run.summary().name();
      List<EpochMetrics> history = run.history();
      add(series, name + " · train", color, false, 0, history, EpochMetrics::trainAccuracy);
      add(
          series,
          name + " · validation",
          color,
          true,
          0,
          history,
          EpochMetrics::validationAccuracy);
      add(series, name + " · train", color, false, 1, history, EpochMetrics::trainLoss);
      add(series, name + " · validation", color, true, 1, history, EpochMetrics::validationLoss);
    }
    getContent().setOption(option);
  }

  private static void panel(
      ArrayNode titles,
      ArrayNode grids,
      ArrayNode xAxes,
      ArrayNode yAxes,
      String title,
      String left) {
    int index = grids.size();
    titles
        .addObject()
        .put("text", title)
        .put("left", left)
        .put("top", 28)
        .putObject("textStyle")
        .put("fontSize", 13)
        .put("fontWeight", "normal");
    grids
        .addObject()
        .put("left", left)
        .put("width", "43%")
        .put("top", 64)
        .put("bottom", 40)
        .put("containLabel", true);
    xAxes
        .addObject()
        .put("type", "value")
        .put("gridIndex", index)
        .put("name", "epoch")
        .put("nameLocation", "middle")
        .put("nameGap", 26)
        .put("minInterval", 1);
    ObjectNode yAxis =
        yAxes.addObject().put("type", "value").put("gridIndex", index).put("scale", true);
    if (title.equals("Accuracy")) {
      ChartOptions.accuracyAxis(yAxis);
    }
  }

  private static void add(
      ArrayNode series,
      String name,
      String color,
      boolean dashed,
      int panel,
      List<EpochMetrics> history,
      ToDoubleFunction<EpochMetrics> value) {
    ArrayNode data = EChart.array();
    history.forEach(m -> data.add(EChart.point(m.epoch(), value.applyAsDouble(m))));
    ObjectNode line =
        series
            .addObject()
            .put("name", name)
            .put("type", "line")
            .put("xAxisIndex", panel)
            .put("yAxisIndex", panel)
            .put("color", color)
            .put("symbolSize", 6);
    line.putObject("lineStyle").put("type", dashed ? "dashed" : "solid").put("width", 2);
    line.set("data", data);
  }
}
