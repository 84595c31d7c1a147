package org.fashionlab.training;

/**
 * A training that ran to its end.
 *
 * @param result the model measured on the test set
 * @param trainingSeconds wall time of the epochs (validation included, test evaluation not)
 * @param stopReason why it ended before its last epoch (early stopping), or null
 */
public record TrainedRun(TestResult result, double trainingSeconds, String stopReason) {}
