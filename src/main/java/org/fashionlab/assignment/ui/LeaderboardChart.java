package org.fashionlab.assignment.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import java.util.List;
import org.fashionlab.assignment.LeaderboardRow;
import org.fashionlab.assignment.ReferenceLine;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;

/**
 * The leaderboard as a picture: one bar per student, best first, validation accuracy beside the
 * test accuracy where the viewer may see it, against the reference lines from outside the class
 * (one value as a dashed line, a range as a shaded band). Names are drawn as canvas text, never
 * HTML.
 */
final class LeaderboardChart extends Composite<EChart> {

  private static final int ROW_PIXELS = 26;

  LeaderboardChart() {
    getContent().setId("leaderboard-chart");
    getContent().setWidthFull();
  }

  void show(List<LeaderboardRow> rows, List<ReferenceLine> references) {
    getContent().setVisible(!rows.isEmpty());
    getContent().setHeight((150 + ROW_PIXELS * Math.max(1, rows.size())) + "px");
    getContent().setOption(option(rows, references));
  }

  static ObjectNode option(List<LeaderboardRow> rows, List<ReferenceLine> references) {
    ObjectNode option = EChart.object();
    option.put("animation", false);
    ArrayNode colors = option.putArray("color");
    colors.add(ChartOptions.COLORS[0]).add(ChartOptions.COLORS[1]);
    option
        .putObject("title")
        .put("text", "Best run per student, against results from outside the class")
        .put("left", "center")
        .putObject("textStyle")
        .put("fontSize", 14)
        .put("fontWeight", "normal");
    option.putObject("tooltip").put("trigger", "axis").put("renderMode", "richText");
    option.putObject("legend").put("bottom", 0);
    option.putObject("grid").put("left", 150).put("right", 48).put("top", 84).put("bottom", 56);
    ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
    ArrayNode names = yAxis.putArray("data");
    ArrayNode validation = EChart.array();
    ArrayNode test = EChart.array();
    double low = 1;
    for (ReferenceLine line : references) {
      low = Math.min(low, line.low());
    }
    for (LeaderboardRow row : rows) {
      names.add(row.rank() + ". " + row.best().studentName());
      Double v = row.best().validationAccuracy();
      Double t = row.best().testShown() ? row.best().testAccuracy() : null;
      add(validation, v);
      add(test, t);
      low = Math.min(low, v == null ? 1 : v);
      low = Math.min(low, t == null ? 1 : t);
    }
    ObjectNode xAxis = option.putObject("xAxis").put("type", "value").put("name", "accuracy");
    xAxis.put("nameLocation", "middle").put("nameGap", 24);
    xAxis.put("min", Math.max(0, Math.floor((low - 0.02) * 20) / 20)).put("max", 1);
    ArrayNode series = option.putArray("series");
    ObjectNode bars = bar(series, "validation accuracy", validation);
    bar(series, "test accuracy (where shown)", test);
    references(bars, references);
    return option;
  }

  private static ObjectNode bar(ArrayNode series, String name, ArrayNode data) {
    ObjectNode bar = series.addObject().put("name", name).put("type", "bar");
    bar.put("barGap", "10%").put("barMaxWidth", 12).set("data", data);
    return bar;
  }

  private static void add(ArrayNode data, Double accuracy) {
    if (accuracy == null) {
      data.addNull();
    } else {
      data.add(Math.round(accuracy * 10_000) / 10_000.0);
    }
  }

  /** "Human performance", "2 conv layers CNNs": a label without its parenthesis. */
  static String shortLabel(ReferenceLine line) {
    int cut = line.label().indexOf(" (");
    return cut < 0 ? line.label() : line.label().substring(0, cut);
  }

  /** Single values as dashed vertical lines, ranges as a shaded band, each labelled. */
  private static void references(ObjectNode series, List<ReferenceLine> references) {
    ObjectNode lines = series.putObject("markLine");
    lines.put("silent", true).put("animation", false).putArray("symbol").add("none").add("none");
    lines.putObject("lineStyle").put("type", "dashed").put("color", "#57606a");
    ArrayNode lineData = lines.putArray("data");
    ObjectNode areas = series.putObject("markArea");
    areas.put("silent", true).putObject("itemStyle").put("color", "rgba(45, 164, 78, 0.12)");
    ArrayNode areaData = areas.putArray("data");
    int stacked = 0;
    for (ReferenceLine line : references) {
      if (line.low() == line.high()) {
        ObjectNode mark = lineData.addObject().put("xAxis", line.low()).put("name", line.label());
        // Above the plot, level, each a line higher than the last so that near values do not
        // overlap, in short: the list under the chart gives each in full.
        mark.putObject("label")
            .put("formatter", shortLabel(line) + " " + Math.round(line.low() * 1000) / 10.0 + "%")
            .put("position", "start") // the top: the category axis runs downwards
            .put("distance", 4 + 16 * stacked++)
            .put("color", "#57606a");
      } else {
        ArrayNode band = areaData.addArray();
        ObjectNode from = band.addObject().put("xAxis", line.low()).put("name", line.label());
        from.putObject("label")
            .put("formatter", shortLabel(line))
            .put("position", "insideTop")
            .put("color", "#2da44e");
        band.addObject().put("xAxis", line.high());
      }
    }
  }
}
