package org.fashionlab.training.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.fashionlab.queue.QueueStanding;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.TrainingPhase;

/** How a run's state reads on the page. */
final class StatusText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private StatusText() {}

  /** One line: where the run is, e.g. "Queued: position 2 · 1 run of 1 person ahead". */
  static String of(RunSummary run, RunProgress progress, QueueStanding standing) {
    String text =
        switch (run.status()) {
          case QUEUED -> queued(standing);
          case RUNNING -> running(progress);
          case FINISHED -> finished(run);
          case FAILED -> "Failed: " + run.message();
          case CANCELLED -> "Cancelled";
          case INTERRUPTED -> "Interrupted: " + run.message();
        };
    if (run.status() == RunStatus.QUEUED && run.message() != null) {
      text += " · " + run.message(); // why it waits again, after its worker was lost
    }
    return text;
  }

  private static String queued(QueueStanding standing) {
    if (standing == null) {
      return "Queued";
    }
    String text =
        standing.position() == 1
            ? "Queued: starts next"
            : String.format(
                "Queued: position %d · %s of %s ahead",
                standing.position(),
                plural(standing.runsAhead(), "run"),
                plural(standing.ownersAhead(), "person", "people"));
    if (standing.estimatedStart() != null) {
      long seconds =
          Math.max(0, Duration.between(Instant.now(), standing.estimatedStart()).getSeconds());
      text += " · starts in about " + duration(seconds);
    }
    return text;
  }

  private static String running(RunProgress progress) {
    if (progress == null || progress.phase() == null) {
      return "Starting…";
    }
    if (progress.cancelRequested()) {
      return "Stopping…";
    }
    String where = progress.attempt() > 1 ? " (attempt " + progress.attempt() + ")" : "";
    if (progress.phase() != TrainingPhase.TRAINING || progress.trainingImages() == null) {
      return capitalized(progress.phase().description()) + "…" + where;
    }
    return String.format(
            "Training on %,d images (%,d held out for validation)",
            progress.trainingImages(), progress.validationImages())
        + where;
  }

  private static String finished(RunSummary run) {
    String text =
        "Finished"
            + (run.trainingSeconds() == null ? "" : " in " + duration(run.trainingSeconds()));
    return run.message() == null ? text : text + " (" + run.message() + ")";
  }

  /** The label of a run in the run picker. */
  static String label(RunSummary run) {
    return run.name()
        + " · "
        + TIME.format(run.createdAt())
        + " · "
        + run.status().name().toLowerCase();
  }

  /** Seconds as "1:05" or "1:02:05". */
  static String duration(double seconds) {
    if (!Double.isFinite(seconds) || seconds < 0) {
      return "–";
    }
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
