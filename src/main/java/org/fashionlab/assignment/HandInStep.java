package org.fashionlab.assignment;

import java.util.Set;
import org.fashionlab.lab.LabExercise;

/**
 * One exercise of a hand-in with the student's answer and which of their figures answer it.
 *
 * @param figures what the step shows of the student's own work
 */
public record HandInStep(LabExercise exercise, String answer, Set<Figure> figures) {

  /** A figure of the student's own work that a step shows. */
  public enum Figure {
    /** Accuracy and loss per epoch of their best submitted run. */
    CURVES,
    /** The test-set confusion matrix of their best submitted run. */
    CONFUSION,
    /** Their newest tuning study, as caret plots it. */
    STUDY,
    /** Their submitted runs with validation and test accuracy. */
    RUNS
  }

  /** Which figures answer each exercise of the Lab 5 sheet (by the sheet's exercise id). */
  static Set<Figure> figuresOf(String exerciseId) {
    return switch (exerciseId) {
      case "ex8", "ex1-plot" -> Set.of(Figure.CURVES);
      case "ex1-confusion" -> Set.of(Figure.CONFUSION);
      case "ex9" -> Set.of(Figure.CONFUSION, Figure.RUNS);
      case "ex1-compare" -> Set.of(Figure.RUNS);
      case "ex1-nodes", "ex1-rate", "ex1-three" -> Set.of(Figure.STUDY);
      default -> Set.of();
    };
  }
}
