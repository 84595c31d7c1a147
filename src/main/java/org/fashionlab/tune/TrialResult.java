package org.fashionlab.tune;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fashionlab.registry.RunStatus;

/**
 * One trial's outcome.
 *
 * @param validationAccuracy mean final validation accuracy over its finished runs, or null
 * @param validationSd standard deviation over folds (0 for a single hold-out run), or null
 * @param runsDone finished runs of this trial (folds for k-fold)
 * @param status FINISHED when every run finished; else the most telling status of its runs
 * @param best whether this trial has the highest validation accuracy of the study
 */
public record TrialResult(
    int index,
    Map<Hyperparameter, String> values,
    String description,
    Double validationAccuracy,
    Double validationSd,
    double trainingSeconds,
    int runsDone,
    int runs,
    RunStatus status,
    List<UUID> runIds,
    boolean best) {}
