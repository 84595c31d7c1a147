package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.learn.CrossEntropy;
import org.fashionlab.learn.CrossEntropy.Example;

/** The loss of the course's compile(): categorical cross-entropy worked on one image. */
final class LossPanel extends Composite<Div> {

  LossPanel(CrossEntropy crossEntropy) {
    List<Example> examples = crossEntropy.examples();
    Example right = examples.get(0);
    Example wrong = examples.get(1);
    Div cases = new Div();
    cases.addClassName("fl-loss-cases");
    examples.forEach(e -> cases.add(createCase(e)));
    int classes = FashionClass.values().length;
    getContent().setId("cross-entropy");
    getContent()
        .add(
            new H3("The loss: categorical cross-entropy"),
            new Paragraph(
                "The course compiles every model with loss = \"categorical_crossentropy\". For"
                    + " one image the last layer gives ten numbers z, the logits; softmax turns"
                    + " them into probabilities p that sum to 1; the loss is minus the log of the"
                    + " probability given to the true class: L = −Σ y_k log p_k = −log p_true,"
                    + " where y is the one-hot label. Training lowers its average over the"
                    + " images of each batch."),
            new Paragraph(
                "Worked by the app for one ankle boot, the same logits twice, once with the"
                    + " ankle boot's and once with the sneaker's the largest:"),
            cases,
            new Paragraph(
                "A network that cannot tell the classes apart gives each of the %d classes"
                        .formatted(classes)
                    + " 1/%d, so L = −log(1/%d) = log %d = %s: about where training starts."
                        .formatted(
                            classes, classes, classes, f(CrossEntropy.guessingLoss(classes)))),
            new H4("Why cross-entropy and not accuracy?"),
            new Paragraph(
                "Accuracy only counts whether the largest probability is the true class. A small"
                    + " change of the weights almost never flips an answer, so accuracy stays flat"
                    + " and tells gradient descent nothing (its gradient is 0 almost everywhere)."
                    + " Cross-entropy moves with every probability: it rewards being surer when"
                    + " right and punishes sure mistakes hard (%s against %s above). Its"
                        .formatted(f(right.loss()), f(wrong.loss()))
                    + " gradient with respect to the logits is simply p − y, and that is where"
                    + " backpropagation starts."));
  }

  private static Div createCase(Example example) {
    FashionClass truth = FashionClass.of(example.trueClass());
    Div table = new Div();
    table.addClassName("fl-loss-table");
    table.add(row("class", "logit z", "p = softmax(z)"));
    for (FashionClass c : FashionClass.values()) {
      int k = c.ordinal();
      Div row = row(c.label(), f(example.logits()[k]), f(example.probabilities()[k]));
      if (k == example.trueClass()) {
        row.addClassName("fl-loss-true");
      }
      table.add(row);
    }
    Span loss =
        new Span(
            "L = −log p(%s) = −log %s = %s"
                .formatted(
                    truth.label(),
                    f(example.probabilities()[example.trueClass()]),
                    f(example.loss())));
    loss.addClassName("fl-readout");
    Span verdict =
        new Span(
            "Predicted: %s (%s)"
                .formatted(
                    FashionClass.of(example.predicted()).label(),
                    example.predicted() == example.trueClass() ? "right" : "wrong"));
    Div box = new Div(new H4(example.title()), table, loss, verdict);
    box.addClassName("fl-loss-case");
    box.setId("loss-case-" + (example.predicted() == example.trueClass() ? "right" : "wrong"));
    return box;
  }

  private static Div row(String... cells) {
    Div row = new Div();
    row.addClassName("fl-loss-row");
    for (String cell : cells) {
      row.add(new Span(cell));
    }
    return row;
  }

  static String f(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
