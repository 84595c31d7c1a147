package org.fashionlab.base.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** The 10x10 confusion matrix as a heatmap: true class down, predicted class across, counts. */
public final class ConfusionMatrixChart extends Composite<EChart> {

  /** Receives the (true, predicted) labels of a clicked cell. */
  @FunctionalInterface
  public interface CellClickListener {
    void cellClicked(int trueLabel, int predictedLabel);
  }

  private final List<String> classes;
  private final boolean compact;

  /**
   * The full-size matrix.
   *
   * @param classes the class names in label order
   */
  public ConfusionMatrixChart(List<String> classes) {
    this(classes, false);
  }

  /**
   * @param classes the class names in label order
   * @param compact smaller labels and margins, for several matrices side by side
   */
  public ConfusionMatrixChart(List<String> classes, boolean compact) {
    this.classes = List.copyOf(classes);
    this.compact = compact;
    if (!compact) {
      getContent().setId("confusion-matrix"); // several compact ones share a page
    }
    getContent().setHeight(compact ? "400px" : "460px");
    getContent().addClassName("fl-confusion-matrix");
  }

  /** Calls {@code listener} with the true and predicted label of every clicked cell. */
  public Registration addCellClickListener(CellClickListener listener) {
    return getContent()
        .addChartClickListener(
            e -> {
              int n = classes.size();
              listener.cellClicked(e.dataIndex() / n, e.dataIndex() % n);
            });
  }

  /** Shows {@code confusion[true][predicted]}; data item t * classes + p is cell (t, p). */
  public void show(int[][] confusion) {
    show("Confusion matrix (test set)", confusion);
  }

  public void show(String title, int[][] confusion) {
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
