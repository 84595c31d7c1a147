package org.fashionlab.tune;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** Folds a study's runs into per-trial results: mean and sd of validation accuracy, best marked. */
final class StudyResults {

  StudyResult of(
      UUID id,
      String name,
      String owner,
      Instant createdAt,
      StudySpec spec,
      List<Trial> trials,
      boolean cancelled,
      List<RunSummary> runs,
      UUID ownerId) {
    Map<Integer, List<RunSummary>> byTrial =
        runs.stream()
            .filter(r -> r.trial() != null)
            .collect(Collectors.groupingBy(RunSummary::trial));
    int perTrial = spec.runsPerTrial();
    List<TrialResult> results =
        trials.stream()
            .map(t -> trial(t, byTrial.getOrDefault(t.index(), List.of()), perTrial))
            .toList();
    Optional<TrialResult> best =
        results.stream()
            .filter(r -> r.status() == RunStatus.FINISHED && r.validationAccuracy() != null)
            .max(Comparator.comparingDouble(TrialResult::validationAccuracy));
    List<TrialResult> marked =
        results.stream().map(r -> best.isPresent() && best.get() == r ? markBest(r) : r).toList();
    int done = (int) runs.stream().filter(r -> !r.status().isActive()).count();
    return new StudyResult(
        id,
        name,
        owner,
        createdAt,
        spec,
        status(cancelled, runs),
        done,
        trials.size() * perTrial,
        marked,
        ownerId);
  }

  private static TrialResult trial(Trial trial, List<RunSummary> runs, int expected) {
    List<Double> accuracies =
        runs.stream()
            .filter(r -> r.status() == RunStatus.FINISHED && r.finalValidationAccuracy() != null)
            .map(RunSummary::finalValidationAccuracy)
            .toList();
    Double mean =
        accuracies.isEmpty()
            ? null
            : accuracies.stream().mapToDouble(d -> d).average().orElseThrow();
    Double sd = accuracies.isEmpty() ? null : sd(accuracies, mean);
    double seconds =
        runs.stream()
            .map(RunSummary::trainingSeconds)
            .filter(s -> s != null)
            .mapToDouble(s -> s)
            .sum();
    int finished = (int) runs.stream().filter(r -> r.status() == RunStatus.FINISHED).count();
    return new TrialResult(
        trial.index(),
        trial.values(),
        trial.describe(),
        mean,
        sd,
        seconds,
        finished,
        expected,
        trialStatus(runs, expected),
        runs.stream().map(RunSummary::id).toList(),
        false);
  }

  private static TrialResult markBest(TrialResult r) {
    return new TrialResult(
        r.index(),
        r.values(),
        r.description(),
        r.validationAccuracy(),
        r.validationSd(),
        r.trainingSeconds(),
        r.runsDone(),
        r.runs(),
        r.status(),
        r.runIds(),
        true);
  }

  /** Sample standard deviation (n - 1), as caret reports over resamples; 0 for one value. */
  static double sd(List<Double> values, double mean) {
    if (values.size() < 2) {
      return 0;
    }
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.size() - 1));
  }

  private static RunStatus trialStatus(List<RunSummary> runs, int expected) {
    if (runs.stream().anyMatch(r -> r.status() == RunStatus.RUNNING)) {
      return RunStatus.RUNNING;
    }
    if (runs.stream().anyMatch(r -> r.status() == RunStatus.QUEUED)) {
      return RunStatus.QUEUED;
    }
    for (RunStatus status : List.of(RunStatus.FAILED, RunStatus.INTERRUPTED, RunStatus.CANCELLED)) {
      if (runs.stream().anyMatch(r -> r.status() == status)) {
        return status;
      }
    }
    return runs.size() == expected ? RunStatus.FINISHED : RunStatus.INTERRUPTED;
  }

  private static String status(boolean cancelled, List<RunSummary> runs) {
    if (runs.stream().anyMatch(r -> r.status().isActive())) {
      return "RUNNING";
    }
    if (cancelled) {
      return "CANCELLED";
    }
    if (runs.stream().anyMatch(r -> r.status() == RunStatus.INTERRUPTED)) {
      return "INTERRUPTED";
    }
    return "FINISHED";
  }
}
