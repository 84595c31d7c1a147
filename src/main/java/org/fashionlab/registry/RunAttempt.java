package org.fashionlab.registry;

import java.time.Instant;
import java.util.List;
import org.fashionlab.training.EpochMetrics;

/**
 * One try at training a run.
 *
 * @param outcome FINISHED, FAILED, CANCELLED or INTERRUPTED; null while it runs
 * @param history the epochs this attempt reported (kept for attempts that did not finish)
 */
public record RunAttempt(
    int attempt,
    String worker,
    Instant startedAt,
    Instant endedAt,
    String outcome,
    String message,
    int epochsCompleted,
    List<EpochMetrics> history) {

  public RunAttempt {
    history = history == null ? List.of() : List.copyOf(history);
  }
}
