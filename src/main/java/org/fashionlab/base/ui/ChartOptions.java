package org.fashionlab.base.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ECharts options the pages share. */
public final class ChartOptions {

  /** The default palette: blue for training, orange for validation. */
  public static final String[] COLORS = {"#1f6feb", "#e8710a", "#2da44e", "#8250df"};

  private ChartOptions() {}

  /**
   * A line chart over a numeric x axis with one empty series per name.
   *
   * @param title shown above the plot
   * @param xName name of the x axis, e.g. "epoch"
   * @param yName name of the y axis, e.g. "loss"
   */
  public static ObjectNode line(String title, String xName, String yName, String... seriesNames) {
    ObjectNode option = EChart.object();
    option
        .putObject("title")
        .put("text", title)
        .put("left", "center")
        .putObject("textStyle")
        .put("fontSize", 14)
        .put("fontWeight", "normal");
    option.put("animation", false);
    ArrayNode colors = option.putArray("color");
    for (String color : COLORS) {
      colors.add(color);
    }
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("grid").put("left", 56).put("right", 20).put("top", 56).put("bottom", 40);
    ObjectNode legend =
        option.putObject("legend").put("top", 24).put("show", seriesNames.length > 1);
    ArrayNode legendData = legend.putArray("data");
    axis(option.putObject("xAxis"), xName, 26).put("minInterval", 1);
    axis(option.putObject("yAxis"), yName, 42).put("scale", true);
    ArrayNode series = option.putArray("series");
    for (String name : seriesNames) {
      legendData.add(name);
      series
          .addObject()
          .put("name", name)
          .put("type", "line")
          .put("showSymbol", seriesNames.length > 1)
          .put("connectNulls", false)
          .putArray("data");
    }
    return option;
  }

  /**
   * A line chart of accuracies: like {@link #line} with the y axis fixed to 0..1, so a chart never
   * suggests accuracies below 0 or above 1 and two charts compare at a glance.
   */
  public static ObjectNode accuracyLine(String title, String xName, String... seriesNames) {
    ObjectNode option = line(title, xName, "accuracy", seriesNames);
    accuracyAxis(option.withObject("yAxis"));
    return option;
  }

  /** Fixes a value axis to the range of accuracies, 0..1. */
  public static ObjectNode accuracyAxis(ObjectNode axis) {
    return axis.put("scale", false).put("min", 0).put("max", 1);
  }

  /**
   * Marks x = {@code x} on series {@code series} with a dashed vertical line and {@code label}
   * (e.g. the best epoch), replacing any earlier mark of that series.
   */
  public static void markX(ObjectNode option, int series, double x, String label) {
    ObjectNode mark = ((ObjectNode) option.withArray("series").get(series)).putObject("markLine");
    mark.put("silent", true).put("animation", false).putArray("symbol").add("none").add("none");
    mark.putObject("label").put("formatter", label).put("position", "insideEndTop");
    mark.putObject("lineStyle").put("type", "dashed").put("color", COLORS[2]).put("width", 2);
    mark.putArray("data").addObject().put("xAxis", x);
  }

  /** The x of the mark {@link #markX} put on a series, or NaN when it has none. */
  public static double markedX(ObjectNode option, int series) {
    var data = option.withArray("series").get(series).path("markLine").path("data");
    return data.isEmpty() ? Double.NaN : data.get(0).path("xAxis").asDouble(Double.NaN);
  }

  private static ObjectNode axis(ObjectNode axis, String name, int gap) {
    return axis.put("type", "value")
        .put("name", name)
        .put("nameLocation", "middle")
        .put("nameGap", gap);
  }
}
