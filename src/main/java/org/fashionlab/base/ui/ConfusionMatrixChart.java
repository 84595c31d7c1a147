package org.fashionlab.base.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import java.util.List;
import org.fashionlab.dataset.FashionClass;

/** The 10x10 confusion matrix as a heatmap: true class down, predicted class across, counts. */
public final class ConfusionMatrixChart extends Composite<EChart> {

  private final boolean compact;

  /** The full-size matrix of the Train page. */
  public ConfusionMatrixChart() {
    this(false);
    getContent().setId("confusion-matrix");
  }

  /**
   * @param compact smaller labels and margins, for several matrices side by side
   */
  public ConfusionMatrixChart(boolean compact) {
    this.compact = compact;
    getContent().setHeight(compact ? "400px" : "460px");
    getContent().addClassName("fl-confusion-matrix");
  }

  public void show(int[][] confusion) {
    show("Confusion matrix (test set)", confusion);
  }

  public void show(String title, int[][] confusion) {
    List<String> classes = FashionClass.labels();
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option
        .putObject("title")
        .put("text", title)
        .put("left", "center")
        .putObject("textStyle")
        .put("fontSize", compact ? 13 : 14)
        .put("fontWeight", "normal");
    option.putObject("tooltip").put("position", "top");
    option
        .putObject("grid")
        .put("left", compact ? 84 : 100)
        .put("right", compact ? 8 : 20)
        .put("top", 40)
        .put("bottom", compact ? 80 : 90);
    axis(option.putObject("xAxis"), classes, "predicted")
        .putObject("axisLabel")
        .put("rotate", 40)
        .put("interval", 0)
        .put("fontSize", compact ? 10 : 12);
    axis(option.putObject("yAxis"), classes, "true")
        .put("inverse", true)
        .putObject("axisLabel")
        .put("interval", 0)
        .put("fontSize", compact ? 10 : 12);
    int max = 1;
    ArrayNode data = EChart.array();
    for (int t = 0; t < confusion.length; t++) {
      for (int p = 0; p < confusion[t].length; p++) {
        data.add(EChart.array().add(p).add(t).add(confusion[t][p]));
        max = Math.max(max, confusion[t][p]);
      }
    }
    ObjectNode visual =
        option.putObject("visualMap").put("min", 0).put("max", max).put("show", false);
    visual.putObject("inRange").putArray("color").add("#f7fbff").add("#6baed6").add("#08306b");
    ObjectNode series = option.putArray("series").addObject();
    series.put("name", "images").put("type", "heatmap").set("data", data);
    series.putObject("label").put("show", true).put("fontSize", compact ? 9 : 11);
    getContent().setOption(option);
  }

  private ObjectNode axis(ObjectNode axis, List<String> classes, String name) {
    int gap = name.equals("true") ? 84 : 70;
    axis.put("type", "category")
        .put("name", name)
        .put("nameLocation", "middle")
        .put("nameGap", compact ? gap - 10 : gap);
    axis.putObject("splitArea").put("show", true);
    ArrayNode data = axis.putArray("data");
    classes.forEach(data::add);
    return axis;
  }
}
