package org.fashionlab.tune;

import java.util.Map;
import java.util.stream.Collectors;
import org.fashionlab.model.ModelSpec;

/** One combination of the grid and the spec it gives. */
public record Trial(int index, Map<Hyperparameter, String> values, ModelSpec spec) {

  /** "nodes per layer 64, learning rate 0.01". */
  public String describe() {
    return values.entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
