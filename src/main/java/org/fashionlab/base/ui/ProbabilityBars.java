package org.fashionlab.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One model's probabilities for one image as horizontal bars, most probable first, every class
 * shown (the course prints all ten); the true class in green.
 */
public final class ProbabilityBars extends Composite<Div> {

  /**
   * @param model the model's name, shown above the bars
   * @param classes the class names in label order
   * @param probabilities one probability per class, in label order
   * @param trueLabel the image's true class
   */
  public ProbabilityBars(String model, List<String> classes, float[] probabilities, int trueLabel) {
    Div group = getContent();
    group.addClassName("fl-bar-group");
    Span title = new Span(model);
    title.addClassName("fl-bar-model");
    group.add(title);
    IntStream.range(0, probabilities.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer c) -> probabilities[c]).reversed())
        .forEach(c -> group.add(bar(classes.get(c), probabilities[c], c == trueLabel)));
  }

  /** A model that could not predict: its name and the reason. */
  public ProbabilityBars(String model, String problem) {
    getContent().addClassNames("fl-bar-group", "fl-bar-problem");
    Span title = new Span(model);
    title.addClassName("fl-bar-model");
    getContent().add(title, new Span(problem));
  }

  private static Div bar(String name, float probability, boolean right) {
    Span label = new Span(name);
    label.addClassName("fl-bar-label");
    Div fill = new Div();
    fill.addClassNames("fl-bar-fill", right ? "fl-bar-right" : "fl-bar-wrong");
    fill.setWidth(String.format(Locale.ROOT, "%.1f%%", 100 * probability));
    Div track = new Div(fill);
    track.addClassName("fl-bar-track");
    Span value = new Span(percent(probability));
    value.addClassName("fl-bar-value");
    Div row = new Div(label, track, value);
    row.addClassName("fl-bar");
    return row;
  }

  /** A probability as the bars write it: 74.2%, and "<0.1%" rather than a misleading 0.0%. */
  public static String percent(float probability) {
    return probability > 0 && probability < 0.0005f
        ? "<0.1%"
        : String.format(Locale.ROOT, "%.1f%%", 100 * probability);
  }
}
