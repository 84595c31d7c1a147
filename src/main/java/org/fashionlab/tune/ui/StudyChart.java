package org.fashionlab.tune.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.TrialResult;

/**
 * Validation accuracy against the varied hyperparameters, like caret's plot of train results: a
 * line for one varied parameter (one line per value of a second), a heatmap for two.
 */
final class StudyChart extends Composite<EChart> {

  StudyChart() {
    getContent().setId("study-chart");
    getContent().setHeight("360px");
    getContent().setWidthFull();
  }

  void show(StudyResult study) {
    List<GridAxis> grid = study.spec().grid();
    getContent()
        .setOption(
            grid.size() == 2 ? heatmap(study, grid.get(0), grid.get(1)) : line(study, grid.get(0)));
  }

  private static ObjectNode line(StudyResult study, GridAxis axis) {
    ObjectNode option = base("Validation accuracy by " + axis.parameter().label());
    category(option.putObject("xAxis"), axis).put("name", axis.parameter().label());
    option
        .putObject("yAxis")
        .put("type", "value")
        .put("name", "validation accuracy")
        .put("scale", true);
    ArrayNode data = EChart.array();
    for (String value : axis.values()) {
      Double accuracy =
          study.trials().stream()
              .filter(t -> value.equals(t.values().get(axis.parameter())))
              .map(TrialResult::validationAccuracy)
              .filter(a -> a != null)
              .max(Double::compare)
              .orElse(null);
      if (accuracy == null) {
        data.addNull();
      } else {
        data.add(Math.round(accuracy * 10_000) / 10_000.0);
      }
    }
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "line").put("symbolSize", 10).set("data", data);
    series.putObject("label").put("show", true).put("position", "top");
    return option;
  }

  private static ObjectNode heatmap(StudyResult study, GridAxis x, GridAxis y) {
    ObjectNode option =
        base("Validation accuracy: " + x.parameter().label() + " x " + y.parameter().label());
    category(option.putObject("xAxis"), x).put("name", x.parameter().label());
    category(option.putObject("yAxis"), y).put("name", y.parameter().label());
    ArrayNode data = EChart.array();
    List<Double> seen = new ArrayList<>();
    for (TrialResult t : study.trials()) {
      if (t.validationAccuracy() != null) {
        int xi = x.values().indexOf(t.values().get(x.parameter()));
        int yi = y.values().indexOf(t.values().get(y.parameter()));
        double a = Math.round(t.validationAccuracy() * 10_000) / 10_000.0;
        data.add(EChart.array().add(xi).add(yi).add(a));
        seen.add(a);
      }
    }
    ObjectNode visual =
        option
            .putObject("visualMap")
            .put("min", seen.stream().mapToDouble(d -> d).min().orElse(0))
            .put("max", seen.stream().mapToDouble(d -> d).max().orElse(1))
            .put("orient", "horizontal")
            .put("left", "center")
            .put("bottom", 0);
    visual.putObject("inRange").putArray("color").add("#f7fbff").add("#6baed6").add("#08306b");
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "heatmap").set("data", data);
    series.putObject("label").put("show", true);
    option.putObject("grid").put("bottom", 80).put("left", 90);
    return option;
  }

  private static ObjectNode base(String title) {
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option
        .putObject("title")
        .put("text", title)
        .put("left", "center")
        .putObject("textStyle")
        .put("fontSize", 14);
    option.putObject("tooltip");
    return option;
  }

  private static ObjectNode category(ObjectNode axis, GridAxis grid) {
    axis.put("type", "category").put("nameLocation", "middle").put("nameGap", 30);
    ArrayNode data = axis.putArray("data");
    grid.values().forEach(data::add);
    return axis;
  }
}
