package org.fashionlab.training;

/**
 * A training that ran to its end.
 *
 * @param result the model measured on the test set
 * @param trainingSeconds wall time of the epochs (validation included, test evaluation not)
 * @param stopReason why it ended before its last epoch (early stopping), or null
 * @param parameters the trained model: DJL's parameter file, for {@link TrainedModels#store}
 */
public record TrainedRun(
    TestResult result, double trainingSeconds, String stopReason, byte[] parameters) {}
