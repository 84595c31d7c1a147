package org.fashionlab.dataset.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.dataset.DatasetService;

/**
 * The ECharts option of a pixel heatmap: columns 1..28 across, rows 1..28 down (row 1 on top, like
 * ggplot's scale_y_reverse), white for 0 and black for 255, the value written in each cell.
 */
final class PixelHeatmap {

  private static final int SIDE = DatasetService.IMAGE_SIDE;
  private static final int MAX = DatasetService.MAX_GREY;

  private PixelHeatmap() {}

  static String scaled(int grey) {
    return String.format(Locale.ROOT, "%.2f", grey / (double) MAX);
  }

  /** Data item r * 28 + c is [c, r, value] for 0-based row r and column c. */
  static ObjectNode option(int[] pixels, boolean scaled) {
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option.putObject("grid").put("left", 40).put("right", 10).put("top", 30).put("bottom", 10);
    option.putObject("tooltip").put("position", "top");
    axis(option.putObject("xAxis")).put("position", "top");
    axis(option.putObject("yAxis")).put("inverse", true);
    ObjectNode visual =
        option.putObject("visualMap").put("min", 0).put("max", scaled ? 1 : MAX).put("show", false);
    visual.put("dimension", 2);
    visual.putObject("inRange").putArray("color").add("#ffffff").add("#000000");
    ArrayNode data = EChart.array();
    for (int r = 0; r < SIDE; r++) {
      for (int c = 0; c < SIDE; c++) {
        data.add(cell(r, c, pixels[r * SIDE + c], scaled));
      }
    }
    ObjectNode series = option.putArray("series").addObject();
    series.put("name", scaled ? "scaled value" : "grey value").put("type", "heatmap");
    series.set("data", data);
    series.putObject("label").put("show", true).put("fontSize", scaled ? 7 : 8);
    return option;
  }

  private static ObjectNode cell(int r, int c, int grey, boolean scaled) {
    ObjectNode item = EChart.object();
    ArrayNode value = item.putArray("value").add(c).add(r);
    if (scaled) {
      value.add(Double.parseDouble(scaled(grey)));
    } else {
      value.add(grey);
    }
    // Light text on dark cells.
    item.putObject("label").put("color", grey > MAX / 2 ? "#ffffff" : "#444444");
    return item;
  }

  private static ObjectNode axis(ObjectNode axis) {
    axis.put("type", "category");
    ArrayNode labels = axis.putArray("data");
    for (int i = 1; i <= SIDE; i++) {
      labels.add(Integer.toString(i));
    }
    axis.putObject("axisLabel").put("interval", 0).put("fontSize", 9);
    axis.putObject("axisTick").put("show", false);
    return axis;
  }
}
