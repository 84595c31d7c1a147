package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.fashionlab.model.LayerSummary;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.NetworkSpec;
import org.fashionlab.model.NetworkSummary;

/** The network of the current spec: layer boxes, parameter total and, for an MLP, its formulas. */
public final class NetworkDiagram extends Composite<VerticalLayout> {

  private final Div drawing = new Div();
  private final Span total = new Span();
  private final Span architecture = new Span();
  private final Div formulas = new Div();

  public NetworkDiagram() {
    drawing.setId("network-diagram");
    drawing.addClassName("fl-network");
    total.setId("total-parameters");
    total.addClassName("fl-total");
    architecture.addClassName("fl-architecture");
    formulas.addClassName("fl-formulas");
    getContent().setPadding(false);
    getContent().add(new H3("Network"), architecture, drawing, total, formulas);
  }

  /** Draws {@code spec}: layer boxes, parameter total and, for an MLP, its formulas. */
  public void show(NetworkSpec spec) {
    NetworkSummary summary = NetworkSummary.of(spec);
    drawing.getElement().setProperty("innerHTML", NetworkSvg.draw(summary));
    total.setText(String.format("Total: %,d trainable parameters", summary.totalParameters()));
    architecture.setText(spec.kindLabel() + " " + NetworkSummary.architecture(spec));
    formulas.removeAll();
    if (spec instanceof MlpSpec) {
      addFormulas(summary.layers());
    }
  }

  /** Total parameters as shown, for tests. */
  String totalText() {
    return total.getText();
  }

  /** The SVG as shown, for tests. */
  String svg() {
    return drawing.getElement().getProperty("innerHTML", "");
  }

  private void addFormulas(List<LayerSummary> layers) {
    formulas.add(
        new Paragraph(
            "Every dense layer computes y = σ(Wx + b): W holds one weight per input and node, b one"
                + " bias per node, σ is the activation."));
    int inputs = NetworkSummary.INPUTS;
    int n = 1;
    for (LayerSummary layer : layers) {
      if (!layer.name().startsWith("Dense")) {
        continue;
      }
      int nodes = layer.outputShape().get(0);
      String in = n == 1 ? "x" : "h" + (n - 1);
      String out = layer.activation().equals("softmax") ? "ŷ" : "h" + n;
      String sigma = layer.activation().isEmpty() ? "" : layer.activation();
      Div line =
          new Div(
              new Span(out + " = " + sigma + "(W" + n + " " + in + " + b" + n + ")"),
              new Span(String.format("W%d: %d×%d, b%d: %d", n, nodes, inputs, n, nodes)));
      line.addClassName("fl-formula");
      formulas.add(line);
      inputs = nodes;
      n++;
    }
  }
}
