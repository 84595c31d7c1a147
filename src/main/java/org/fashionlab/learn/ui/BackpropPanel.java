package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.fashionlab.learn.BackpropExample;

/** Backpropagation explained, next to one step of gradient descent on a 2-2-1 network. */
final class BackpropPanel extends Composite<Div> {

  private final BackpropExample backprop;
  private final Div worked = new Div();
  private BackpropExample.Step step;

  BackpropPanel(BackpropExample backprop) {
    this.backprop = backprop;
    worked.setId("backprop-example");
    Button next = new Button("Take the next step", e -> show(nextStep()));
    next.setId("backprop-next");
    Button reset = new Button("Start again", e -> show(backprop.example()));
    getContent().setId("backprop");
    getContent()
        .add(
            new H3("Backpropagation"),
            new Paragraph(
                "Training means choosing the weights that make the loss small. Gradient descent"
                    + " moves every weight a little against its gradient: w ← w − η ∂L/∂w."
                    + " Backpropagation is how those gradients are computed: a forward pass"
                    + " computes and keeps every node's value; then, from the loss backwards,"
                    + " the chain rule gives each layer's error signal δ from the next layer's"
                    + " δ, and each weight's gradient is its δ times the value flowing into it."
                    + " One backward pass costs about as much as one forward pass, for all"
                    + " weights at once."),
            new Paragraph(
                "Worked example, computed by the app: inputs x = (0.5, 0.8), target y = 1,"
                    + " sigmoid σ in both layers, loss L = ½ (ŷ − y)², learning rate η = 0.5."),
            worked,
            new Div(next, reset));
    show(backprop.example());
  }

  private BackpropExample.Step nextStep() {
    return backprop.step(step.updated(), step.x(), step.y(), step.learningRate());
  }

  private void show(BackpropExample.Step newStep) {
    step = newStep;
    worked.removeAll();
    worked.add(new H4("1. Forward pass"), BackpropTables.forward(step));
    worked.add(
        new H4("2. Loss"),
        BackpropTables.line(
            "L = ½ (ŷ − y)² = ½ (%s − %s)² = %s"
                .formatted(f(step.output()), f(step.y()), f(step.loss()))));
    worked.add(new H4("3. Backward pass (chain rule)"), BackpropTables.deltas(step));
    worked.add(new H4("4. Gradients and update"), BackpropTables.update(step));
    worked.add(
        BackpropTables.line(
            "Loss before %s → after %s".formatted(f(step.loss()), f(step.updatedLoss()))));
  }

  static String f(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
