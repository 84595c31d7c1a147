package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.fashionlab.dataset.FashionClass;

/** One model's three most probable classes as horizontal bars; the true class in green. */
final class ProbabilityBars extends Composite<Div> {

  static final int TOP = 3;

  ProbabilityBars(String model, float[] probabilities, int trueLabel) {
    Div group = getContent();
    group.addClassName("fl-bar-group");
    Span title = new Span(model);
    title.addClassName("fl-bar-model");
    group.add(title);
    IntStream.range(0, probabilities.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer c) -> probabilities[c]).reversed())
        .limit(TOP)
        .forEach(c -> group.add(bar(c, probabilities[c], c == trueLabel)));
  }

  /** A model that could not predict: its name and the reason. */
  ProbabilityBars(String model, String problem) {
    getContent().addClassNames("fl-bar-group", "fl-bar-problem");
    Span title = new Span(model);
    title.addClassName("fl-bar-model");
    getContent().add(title, new Span(problem));
  }

  private static Div bar(int label, float probability, boolean right) {
    Span name = new Span(FashionClass.of(label).label());
    name.addClassName("fl-bar-label");
    Div fill = new Div();
    fill.addClassNames("fl-bar-fill", right ? "fl-bar-right" : "fl-bar-wrong");
    fill.setWidth(String.format(Locale.ROOT, "%.1f%%", 100 * probability));
    Div track = new Div(fill);
    track.addClassName("fl-bar-track");
    Span value = new Span(String.format(Locale.ROOT, "%.1f%%", 100 * probability));
    value.addClassName("fl-bar-value");
    Div row = new Div(name, track, value);
    row.addClassName("fl-bar");
    return row;
  }
}
