package org.fashionlab.registry;

import java.util.List;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.training.ClassMetrics;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;

/**
 * Everything stored about a run.
 *
 * @param confusion {@code confusion[true][predicted]} on the test set, null until finished
 * @param testPredictions predicted label of every test image in order, null until finished
 * @param progress where the current attempt is
 * @param attempts every try at training it, oldest first
 */
public record RunDetails(
    RunSummary summary,
    ModelSpec spec,
    List<EpochMetrics> history,
    List<LossPoint> losses,
    int[][] confusion,
    List<ClassMetrics> perClass,
    int[] testPredictions,
    RunProgress progress,
    List<RunAttempt> attempts) {

  public RunDetails {
    attempts = List.copyOf(attempts);
  }

  /**
   * The same run without anything measured on the test set (accuracy, loss, confusion matrix,
   * per-class figures, predictions), for a viewer who may not see it yet.
   */
  public RunDetails withTestLocked(String reason) {
    return new RunDetails(
        summary.withTestLocked(reason),
        spec,
        history,
        losses,
        null,
        List.of(),
        null,
        progress,
        attempts);
  }
}
