package org.fashionlab.tune.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.TrialResult;

/**
 * Validation accuracy the way caret plots a train result: the first varied hyperparameter along x,
 * one line per value of the second (per combination of the others), and with k-fold
 * cross-validation an error bar of mean ± sd at every point.
 */
public final class StudyChart extends Composite<EChart> {

  /**
   * A line's error bars, drawn by fl-chart.js's "errorBar" custom series: [x, low, high, shift],
   * shift in pixels so the bars of lines at the same x stand side by side.
   */
  static final String ERROR_BAR = "errorBar";

  private static final int DODGE = 6;

  public StudyChart() {
    getContent().setId("study-chart");
    getContent().setHeight("380px");
    getContent().setWidthFull();
  }

  public void show(StudyResult study) {
    getContent().setOption(option(study));
  }

  static ObjectNode option(StudyResult study) {
    List<GridAxis> grid = study.spec().grid();
    GridAxis x = grid.get(0);
    List<GridAxis> others = grid.subList(1, grid.size());
    boolean folds = study.spec().runsPerTrial() > 1;
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option
        .putObject("title")
        .put(
            "text",
            "Validation accuracy by "
                + x.parameter().label()
                + (folds ? " (mean ± sd over folds)" : ""))
        .put("left", "center")
        .putObject("textStyle")
        .put("fontSize", 14)
        .put("fontWeight", "normal");
    option.putObject("tooltip").put("trigger", "item");
    option.putObject("legend").put("top", 26).put("type", "scroll");
    option.putObject("grid").put("left", 64).put("right", 24).put("top", 70).put("bottom", 48);
    ObjectNode xAxis =
        option.putObject("xAxis").put("type", "category").put("name", x.parameter().label());
    xAxis.put("nameLocation", "middle").put("nameGap", 30);
    x.values().forEach(xAxis.putArray("data")::add);
    ArrayNode series = option.putArray("series");
    double low = 1;
    double high = 0;
    int line = 0;
    Map<String, List<TrialResult>> lines = lines(study, others);
    for (Map.Entry<String, List<TrialResult>> group : lines.entrySet()) {
      int shift = (int) Math.round((line - (lines.size() - 1) / 2.0) * DODGE);
      String color = ChartOptions.COLORS[line++ % ChartOptions.COLORS.length];
      ArrayNode points = EChart.array();
      ArrayNode bars = EChart.array();
      for (int i = 0; i < x.values().size(); i++) {
        TrialResult trial = at(group.getValue(), x, x.values().get(i));
        Double mean = trial == null ? null : trial.validationAccuracy();
        if (mean == null) {
          points.add(EChart.array().add(i).addNull());
          continue;
        }
        double sd = folds && trial.validationSd() != null ? trial.validationSd() : 0;
        points.add(EChart.array().add(i).add(round(mean)));
        bars.add(EChart.array().add(i).add(round(mean - sd)).add(round(mean + sd)).add(shift));
        low = Math.min(low, mean - sd);
        high = Math.max(high, mean + sd);
      }
      ObjectNode means = series.addObject().put("name", group.getKey()).put("type", "line");
      means.put("color", color).put("symbolSize", 8).put("connectNulls", false).set("data", points);
      if (folds) {
        ObjectNode errors = series.addObject().put("name", group.getKey()).put("type", "custom");
        errors.put("renderItem", ERROR_BAR).put("color", color).put("z", 1).set("data", bars);
        ObjectNode encode = errors.putObject("encode");
        encode.putArray("x").add(0);
        encode.putArray("y").add(1).add(2);
      }
    }
    option.withObject("legend").put("show", !others.isEmpty());
    yAxis(option.putObject("yAxis"), low, high);
    return option;
  }

  /**
   * Trials grouped into lines: one per combination of the other axes' values, in grid order; a
   * single line named "validation accuracy" when only one hyperparameter varies.
   */
  private static Map<String, List<TrialResult>> lines(StudyResult study, List<GridAxis> others) {
    Map<String, List<TrialResult>> lines = new LinkedHashMap<>();
    for (TrialResult t : study.trials()) {
      String name =
          others.isEmpty()
              ? "validation accuracy"
              : others.stream()
                  .map(a -> a.parameter().label() + " " + t.values().get(a.parameter()))
                  .collect(Collectors.joining(", "));
      lines.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
    }
    return lines;
  }

  private static TrialResult at(List<TrialResult> line, GridAxis x, String value) {
    return line.stream()
        .filter(t -> value.equals(t.values().get(x.parameter())))
        .findFirst()
        .orElse(null);
  }

  /**
   * Accuracy, never below 0 or above 1, but zoomed to the trials: at 0..1 the differences that
   * decide a study (a point or two) would vanish.
   */
  private static void yAxis(ObjectNode axis, double low, double high) {
    axis.put("type", "value").put("name", "validation accuracy");
    axis.put("nameLocation", "middle").put("nameGap", 46);
    if (low > high) {
      ChartOptions.accuracyAxis(axis);
      return;
    }
    axis.put("min", Math.max(0, Math.floor((low - 0.01) * 20) / 20));
    axis.put("max", Math.min(1, Math.ceil((high + 0.01) * 20) / 20));
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
