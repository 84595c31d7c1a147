package org.fashionlab.classify.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.classify.ModelPrediction;

/** One model's top classes as horizontal probability bars, under the model's name. */
final class PredictionBars extends Composite<Div> {

  PredictionBars(ModelPrediction prediction) {
    Div card = getContent();
    card.addClassName("fl-prediction-card");
    Span name = new Span(prediction.runName());
    name.addClassName("fl-prediction-model");
    Span architecture = new Span(prediction.architecture());
    architecture.addClassName("fl-prediction-architecture");
    EChart chart = new EChart();
    chart.addClassName("fl-prediction-bars");
    chart.setHeight("150px");
    chart.setWidthFull();
    chart.setOption(option(prediction.top()));
    card.add(name, architecture, chart);
  }

  private static ObjectNode option(List<ModelPrediction.ClassProbability> top) {
    ObjectNode option = EChart.object();
    option.put("animation", false);
    option.putObject("grid").put("left", 90).put("right", 50).put("top", 10).put("bottom", 20);
    option.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
    ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
    ArrayNode classes = yAxis.putArray("data");
    ArrayNode values = EChart.array();
    for (ModelPrediction.ClassProbability p : top) {
      classes.add(p.className());
      values.add(Math.round(p.probability() * 1000) / 10.0);
    }
    ObjectNode series = option.putArray("series").addObject();
    series.put("type", "bar").put("barWidth", "60%").set("data", values);
    series.putObject("itemStyle").put("color", "#1f6feb");
    series.putObject("label").put("show", true).put("position", "right").put("formatter", "{c}%");
    return option;
  }

  static String percent(float probability) {
    return String.format(Locale.ROOT, "%.0f%%", probability * 100);
  }
}
