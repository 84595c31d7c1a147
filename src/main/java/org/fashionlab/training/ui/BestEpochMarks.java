package org.fashionlab.training.ui;

import java.util.List;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.training.EpochMetrics;

/**
 * Marks the best epoch (lowest validation loss) on per-epoch charts whose series 1 is validation:
 * the course's "optimal number of epochs" read off the curves.
 */
final class BestEpochMarks {

  static final int VALIDATION_SERIES = 1;

  private BestEpochMarks() {}

  static void mark(List<EpochMetrics> history, EChart... charts) {
    EpochMetrics.bestEpoch(history)
        .ifPresent(
            best -> {
              for (EChart chart : charts) {
                chart.markX(VALIDATION_SERIES, best, "best epoch " + best);
              }
            });
  }
}
