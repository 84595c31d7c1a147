package org.fashionlab.tune;

import java.util.List;
import org.fashionlab.model.ModelSpec;

/**
 * A grid search: a base spec, the values to try for each varied hyperparameter, and how to pick the
 * best (validation accuracy on a hold-out split, or mean over k folds).
 *
 * @param folds k for K_FOLD (2..10); ignored for HOLD_OUT
 */
public record StudySpec(
    String name, ModelSpec base, List<GridAxis> grid, Selection selection, int folds) {

  public StudySpec {
    grid = grid == null ? List.of() : List.copyOf(grid);
    selection = selection == null ? Selection.HOLD_OUT : selection;
  }

  /** Runs per trial: k for cross-validation, else 1. */
  public int runsPerTrial() {
    return selection == Selection.K_FOLD ? folds : 1;
  }
}
