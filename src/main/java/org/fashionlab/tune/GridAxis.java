package org.fashionlab.tune;

import java.util.List;

/** The values one hyperparameter takes in a grid, like one column of caret's tuneGrid. */
public record GridAxis(Hyperparameter parameter, List<String> values) {

  public GridAxis {
    values = values == null ? List.of() : List.copyOf(values);
  }
}
