package org.fashionlab.tune;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/**
 * Estimates training time as images x epochs x parameters x a speed measured on this server: the
 * latest finished run of the same kind, or, before any, the benchmark's speed (BENCHMARKS.md: about
 * 4e-10 s per image and parameter for both course presets at batch 32 on 2 cores).
 */
final class TrainingTimeEstimator {

  static final double BENCHMARK_SECONDS_PER_IMAGE_PARAMETER = 4e-10;
  private static final int ALL_IMAGES = 60_000;

  private final RunService runs;

  TrainingTimeEstimator(RunService runs) {
    this.runs = runs;
  }

  StudyEstimate estimate(StudySpec study, List<Trial> trials) {
    String kind = study.base().network().kindLabel();
    Optional<RunDetails> reference = reference(kind);
    double speed =
        reference.map(TrainingTimeEstimator::speed).orElse(BENCHMARK_SECONDS_PER_IMAGE_PARAMETER);
    double seconds = 0;
    for (Trial trial : trials) {
      seconds += study.runsPerTrial() * work(trial.spec(), study) * speed;
    }
    String basis =
        reference
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "speed measured on run \"%s\" (%.0f s)",
                        r.summary().name(),
                        r.summary().trainingSeconds()))
            .orElse("benchmark speed (no finished " + kind + " run yet)");
    return new StudyEstimate(trials.size(), trials.size() * study.runsPerTrial(), seconds, basis);
  }

  /** Image-epoch-parameters of one run of a trial. */
  private static double work(ModelSpec spec, StudySpec study) {
    TrainingSettings t = spec.training();
    int images = t.trainingLimit() > 0 ? t.trainingLimit() : ALL_IMAGES;
    double trained =
        study.selection() == Selection.K_FOLD
            ? images * (study.folds() - 1.0) / study.folds()
            : images * (1 - t.validationSplit());
    return trained * t.epochs() * NetworkSummary.of(spec.network()).totalParameters();
  }

  private Optional<RunDetails> reference(String kind) {
    return runs.list().stream()
        .filter(r -> r.status() == RunStatus.FINISHED && kind.equals(r.kind()))
        .filter(
            r -> r.trainingSeconds() != null && r.trainingSeconds() > 0 && r.epochsCompleted() > 0)
        .map(RunSummary::id)
        .findFirst()
        .flatMap(runs::details);
  }

  private static double speed(RunDetails run) {
    TrainingSettings t = run.spec().training();
    int images = t.trainingLimit() > 0 ? t.trainingLimit() : ALL_IMAGES;
    double trained = images * (1 - t.validationSplit()) * run.summary().epochsCompleted();
    long parameters = NetworkSummary.of(run.spec().network()).totalParameters();
    return run.summary().trainingSeconds() / (trained * parameters);
  }
}
