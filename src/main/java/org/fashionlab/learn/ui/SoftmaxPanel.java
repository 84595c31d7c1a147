package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fashionlab.learn.Activations;

/** Softmax of a small vector the student types, with the derivative of each output. */
final class SoftmaxPanel extends Composite<Div> {

  private final Activations activations;
  private final TextField input = new TextField("z (numbers separated by commas)");
  private final Span output = new Span();
  private final Span derivative = new Span();

  SoftmaxPanel(Activations activations) {
    this.activations = activations;
    input.setId("softmax-input");
    input.setValue("2, 1, 0.1");
    input.setWidth("22em");
    input.addValueChangeListener(e -> update());
    output.setId("softmax-output");
    derivative.setId("softmax-derivative");
    output.addClassName("fl-readout");
    derivative.addClassName("fl-readout");
    getContent()
        .add(
            new H4("Softmax"),
            new Paragraph(
                "softmax(z)_i = e^(z_i) / Σ_j e^(z_j): every output lies in (0, 1) and they sum to"
                    + " 1, so they read as class probabilities. Its derivative is a matrix:"
                    + " ∂s_i/∂z_j = s_i (δ_ij − s_j); the diagonal s_i (1 − s_i) is shown. The"
                    + " largest z gets the largest probability, but unlike max every z counts."),
            input,
            output,
            derivative);
    update();
  }

  private void update() {
    double[] z;
    try {
      z =
          Arrays.stream(input.getValue().split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .mapToDouble(Double::parseDouble)
              .toArray();
    } catch (NumberFormatException e) {
      input.setInvalid(true);
      input.setErrorMessage("enter numbers separated by commas, e.g. 2, 1, 0.1");
      return;
    }
    if (z.length == 0 || z.length > 10) {
      input.setInvalid(true);
      input.setErrorMessage("enter 1 to 10 numbers");
      return;
    }
    input.setInvalid(false);
    double[] s = activations.softmax(z);
    double[][] jacobian = activations.softmaxJacobian(z);
    double[] diagonal = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      diagonal[i] = jacobian[i][i];
    }
    output.setText("softmax(z) = (" + format(s) + "), sum " + format(Arrays.stream(s).sum()));
    derivative.setText("∂s_i/∂z_i = (" + format(diagonal) + ")");
  }

  private static String format(double... values) {
    return Arrays.stream(values)
        .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v))
        .collect(Collectors.joining(", "));
  }
}
