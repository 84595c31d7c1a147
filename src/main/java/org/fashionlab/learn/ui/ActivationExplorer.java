package org.fashionlab.learn.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.Set;
import org.fashionlab.base.ui.ChartOptions;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.learn.ActivationFunction;
import org.fashionlab.learn.Activations;

/** Activation functions plotted with their derivatives, a table of formulas, and softmax. */
final class ActivationExplorer extends Composite<Div> {

  static final double FROM = -4;
  static final double TO = 4;
  static final int POINTS = 161;

  private final Activations activations;
  private final CheckboxGroup<ActivationFunction> shown = new CheckboxGroup<>("Functions");
  private final Checkbox derivatives = new Checkbox("Show derivatives (dashed)", true);
  private final EChart chart = new EChart();

  ActivationExplorer(Activations activations) {
    this.activations = activations;
    configureControls();
    chart.setId("activation-chart");
    chart.setHeight("380px");
    getContent().setId("activations");
    getContent()
        .add(
            new H3("Activation functions"),
            new Paragraph(
                "A node sums its weighted inputs and passes the sum z through an activation."
                    + " Without a non-linear activation, stacked layers would collapse into one"
                    + " linear map. ReLU is the most popular for hidden layers; softmax turns the"
                    + " last layer's ten numbers into probabilities."),
            new HorizontalLayout(shown, derivatives),
            chart,
            createTable(),
            new SoftmaxPanel(activations));
    redraw();
  }

  private void configureControls() {
    shown.setId("activation-choice");
    shown.setItems(ActivationFunction.values());
    shown.setItemLabelGenerator(ActivationFunction::title);
    shown.setValue(EnumSet.allOf(ActivationFunction.class));
    shown.addValueChangeListener(e -> redraw());
    derivatives.setId("show-derivatives");
    derivatives.addValueChangeListener(e -> redraw());
  }

  private Grid<ActivationFunction> createTable() {
    Grid<ActivationFunction> table = new Grid<>();
    table.setId("activation-table");
    table.addColumn(ActivationFunction::title).setHeader("Function").setFlexGrow(0).setWidth("8em");
    table.addColumn(ActivationFunction::formula).setHeader("Formula").setFlexGrow(2);
    table.addColumn(ActivationFunction::derivativeFormula).setHeader("Derivative").setFlexGrow(2);
    table.addColumn(ActivationFunction::range).setHeader("Range").setFlexGrow(0).setWidth("8em");
    table.addColumn(ActivationFunction::typicalUse).setHeader("Typical use").setFlexGrow(3);
    table.setItems(ActivationFunction.values());
    table.setAllRowsVisible(true);
    table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    return table;
  }

  private void redraw() {
    Set<ActivationFunction> functions = shown.getValue();
    ObjectNode option = ChartOptions.line("f(x) and f′(x)", "x", "f(x)");
    option.withArray("series").removeAll();
    option.withObject("legend").put("show", true).putArray("data");
    option.withObject("yAxis").put("min", -1.5).put("max", 4);
    option.remove("color");
    for (ActivationFunction f : ActivationFunction.values()) {
      if (functions.contains(f)) {
        addSeries(option, f, false);
        if (derivatives.getValue()) {
          addSeries(option, f, true);
        }
      }
    }
    chart.setOption(option);
  }

  private void addSeries(ObjectNode option, ActivationFunction f, boolean derivative) {
    String name = derivative ? f.title() + "′" : f.title();
    ArrayNode data = EChart.array();
    for (Activations.Point p : activations.curve(f, FROM, TO, POINTS)) {
      data.add(EChart.point(p.x(), derivative ? p.derivative() : p.value()));
    }
    ObjectNode series = option.withArray("series").addObject();
    series.put("name", name).put("type", "line").put("showSymbol", false).set("data", data);
    series.putObject("lineStyle").put("type", derivative ? "dashed" : "solid");
    series.put("color", COLORS[f.ordinal()]);
    option.withObject("legend").withArray("data").add(name);
  }

  private static final String[] COLORS = {
    "#1f6feb", "#e8710a", "#2da44e", "#8250df", "#cf222e", "#0a7c86"
  };
}
