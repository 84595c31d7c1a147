package org.fashionlab.tune;

import org.fashionlab.budget.ComputeBudget;

/**
 * What a study will cost before it starts.
 *
 * @param seconds estimated total training time
 * @param basis what the estimate rests on, e.g. "measured on run Course MLP (12 s)"
 * @param largestTrial the compute budget of the trial needing the most memory, or null
 */
public record StudyEstimate(
    int trials, int runs, double seconds, String basis, ComputeBudget largestTrial) {

  public StudyEstimate(int trials, int runs, double seconds, String basis) {
    this(trials, runs, seconds, basis, null);
  }

  public StudyEstimate withLargestTrial(ComputeBudget budget) {
    return new StudyEstimate(trials, runs, seconds, basis, budget);
  }
}
