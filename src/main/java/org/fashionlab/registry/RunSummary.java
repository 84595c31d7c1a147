package org.fashionlab.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the model comparison table.
 *
 * @param architecture e.g. "784-128-10" or "conv32-pool-128-10"
 * @param trainingSeconds wall time of training, null until finished
 * @param studyId the tuning study the run is a trial of, or null
 * @param trial the trial's index in its study, or null
 * @param fold the cross-validation fold (0-based) the run validated on, or null
 * @param ownerId the owner's account ({@code owner} is its username)
 * @param shared whether the owner lets their classmates see it
 * @param activation the hidden layers' activation, e.g. "ReLU"
 * @param dropout the dropout rate after hidden dense layers (0 for none)
 * @param validationSplit the share of the training images held out for validation
 * @param trainingImages the training images used, validation included
 * @param seed the seed of initialisation, shuffling and split
 * @param bestEpoch the epoch with the lowest validation loss, or null without validation
 * @param testLockReason why the viewer does not see the test results yet (an assignment's locked
 *     test set), or null when they do; {@code testAccuracy} and {@code testLoss} are then null
 */
public record RunSummary(
    UUID id,
    String name,
    String owner,
    String kind,
    String architecture,
    long parameters,
    String optimizer,
    double learningRate,
    int batchSize,
    int epochs,
    int epochsCompleted,
    Double trainingSeconds,
    Double finalTrainAccuracy,
    Double finalValidationAccuracy,
    Double testAccuracy,
    Double testLoss,
    RunStatus status,
    String message,
    Instant createdAt,
    UUID studyId,
    Integer trial,
    Integer fold,
    UUID ownerId,
    boolean shared,
    String activation,
    double dropout,
    double validationSplit,
    int trainingImages,
    int seed,
    Integer bestEpoch,
    String testLockReason) {

  /** Whether the run has test results the viewer may not see yet. */
  public boolean isTestLocked() {
    return testLockReason != null;
  }

  /** The same run with its test results left out, for a viewer who may not see them yet. */
  public RunSummary withTestLocked(String reason) {
    return new RunSummary(
        id,
        name,
        owner,
        kind,
        architecture,
        parameters,
        optimizer,
        learningRate,
        batchSize,
        epochs,
        epochsCompleted,
        trainingSeconds,
        finalTrainAccuracy,
        finalValidationAccuracy,
        null,
        null,
        status,
        message,
        createdAt,
        studyId,
        trial,
        fold,
        ownerId,
        shared,
        activation,
        dropout,
        validationSplit,
        trainingImages,
        seed,
        bestEpoch,
        reason);
  }
}
