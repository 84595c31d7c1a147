package org.fashionlab.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.registry.RunLedger;
import org.springframework.stereotype.Component;

/**
 * How long a run will take, from its start (when a worker picks it) to its end (tested and saved),
 * measured on this server: the median seconds per unit of work of the latest finished runs most
 * like it (same kind and batch size, else same kind), where a run's work is the images it puts
 * through the network times the cost of one image. Before any run of its kind has finished, a speed
 * measured in the benchmark. The measurements are read again at most every few seconds.
 */
@Component
public class RunTimeEstimator {

  /** Seconds per unit of {@link #work} before anything was measured here (2 cores). */
  static final double BENCHMARK_SECONDS_PER_UNIT = 4e-10;

  static final int TEST_IMAGES = 10_000;
  private static final int REFERENCES = 10;
  private static final long CACHE_NANOS = 5_000_000_000L;

  private final RunLedger ledger;
  private volatile List<Reference> references;
  private volatile long readAt;

  RunTimeEstimator(RunLedger ledger) {
    this.ledger = ledger;
  }

  /**
   * An estimate and what it rests on.
   *
   * @param basis e.g. "measured on 4 similar runs" or "benchmark speed (...)"
   */
  public record Estimate(double seconds, String basis) {}

  /** One finished run's measured speed. */
  private record Reference(String kind, int batchSize, double secondsPerUnit) {}

  /** Seconds a run of {@code spec} takes once started; {@code folds} &gt; 1 for k-fold. */
  public Estimate estimate(ModelSpec spec, int folds) {
    String kind = spec.network().kindLabel();
    int batch = spec.training().batchSize();
    List<Reference> known = references();
    List<Double> speeds = speeds(known, r -> r.kind().equals(kind) && r.batchSize() == batch);
    String basis = "measured on %d similar runs";
    if (speeds.isEmpty()) {
      speeds = speeds(known, r -> r.kind().equals(kind));
      basis = "measured on %d " + kind + " runs";
    }
    if (speeds.isEmpty()) {
      return new Estimate(
          work(spec, folds) * BENCHMARK_SECONDS_PER_UNIT,
          "benchmark speed (no finished " + kind + " run yet)");
    }
    return new Estimate(
        work(spec, folds) * median(speeds), String.format(Locale.ROOT, basis, speeds.size()));
  }

  private List<Reference> references() {
    long now = System.nanoTime();
    List<Reference> cached = references;
    if (cached != null && now - readAt < CACHE_NANOS) {
      return cached;
    }
    List<Reference> fresh = new ArrayList<>();
    for (RunLedger.Trained run : ledger.recentlyTrained(100)) {
      double seconds = Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
      ModelSpec done =
          run.spec()
              .withTraining(run.spec().training().withEpochs(Math.max(1, run.epochsCompleted())));
      double work = work(done, run.folds());
      if (seconds > 0 && work > 0) {
        fresh.add(
            new Reference(
                run.spec().network().kindLabel(),
                run.spec().training().batchSize(),
                seconds / work));
      }
    }
    references = fresh;
    readAt = now;
    return fresh;
  }

  private static List<Double> speeds(List<Reference> known, Predicate<Reference> like) {
    return known.stream().filter(like).limit(REFERENCES).map(Reference::secondsPerUnit).toList();
  }

  /**
   * Images through the network, weighted (evaluation skips the backward pass: a third), times one
   * image's cost.
   */
  static double work(ModelSpec spec, int folds) {
    TrainingSettings t = spec.training();
    int images = t.images();
    double held = folds > 1 ? 1.0 / folds : t.validationSplit();
    double trained = images * (1 - held);
    double validated = images * held;
    double passes = t.epochs() * (trained + validated / 3) + TEST_IMAGES / 3.0;
    return passes * imageCost(spec);
  }

  /**
   * The cost of one image through the network: its multiply-adds (a convolution's grow with the
   * image it slides over, its parameters do not).
   */
  static double imageCost(ModelSpec spec) {
    return NetworkSummary.of(spec.network()).multiplyAdds();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
