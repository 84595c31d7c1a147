package org.fashionlab.base.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * An Apache ECharts chart in the {@code fl-chart} custom element. The option is built on the server
 * as JSON; points can be appended to a series without resending the chart.
 */
@Tag("fl-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://js/fl-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ObjectNode option = JSON.createObjectNode();

  public EChart() {
    setWidthFull();
    setHeight("260px");
  }

  /** A fresh JSON object to build an option with. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** A fresh JSON array. */
  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  /** An [x, y] point; a NaN or infinite y becomes null, which ECharts draws as a gap. */
  public static ArrayNode point(double x, double y) {
    ArrayNode point = array().add(x);
    return Double.isFinite(y) ? point.add(y) : point.addNull();
  }

  /** Replaces the whole chart. */
  public void setOption(ObjectNode newOption) {
    option = newOption.deepCopy();
    getElement().callJsFunction("setOption", newOption.toString());
  }

  /** The option last set, for tests and for deriving a new option. */
  public ObjectNode option() {
    return option.deepCopy();
  }

  /** Appends [x, y] points to one series of the current option. */
  public void appendPoints(int series, List<ArrayNode> points) {
    if (points.isEmpty()) {
      return;
    }
    ArrayNode batch = array().addAll(points);
    ArrayNode data = (ArrayNode) option.withArray("series").get(series).withArray("data");
    data.addAll(batch.deepCopy());
    getElement().callJsFunction("appendPoints", series, batch.toString());
  }

  /**
   * Marks x on one series with a labelled vertical line (see {@link ChartOptions#markX}), keeping
   * its points; nothing is sent when that mark is already shown.
   */
  public void markX(int series, double x, String label) {
    if (ChartOptions.markedX(option, series) == x) {
      return;
    }
    ChartOptions.markX(option, series, x, label);
    getElement().callJsFunction("setOption", option.toString());
  }

  /** Number of points the server has sent to one series. */
  public int pointCount(int series) {
    return option.withArray("series").get(series).withArray("data").size();
  }

  /** Listens to clicks on data items (bars, points, heatmap cells). */
  public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
    return addListener(ChartClickEvent.class, listener);
  }
}
