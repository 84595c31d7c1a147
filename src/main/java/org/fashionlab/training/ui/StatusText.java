package org.fashionlab.training.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.fashionlab.training.JobSnapshot;
import org.fashionlab.training.TrainingEvent;

/** How a job's state reads on the page. */
final class StatusText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private StatusText() {}

  static String of(JobSnapshot job) {
    return switch (job.status()) {
      case QUEUED -> "Queued: position " + job.queuePosition() + " in line";
      case RUNNING ->
          job.started() == null
              ? "Starting…"
              : String.format(
                  "Training on %,d images (%,d held out for validation)",
                  job.started().trainingImages(), job.started().validationImages());
      case FINISHED -> finished(job.finished());
      case FAILED -> "Failed: " + job.message();
      case CANCELLED -> "Cancelled";
    };
  }

  private static String finished(TrainingEvent.Finished finished) {
    String text = "Finished in " + duration(finished.trainingSeconds());
    return finished.stopReason() == null ? text : text + " (" + finished.stopReason() + ")";
  }

  /** The label of a job in the job picker. */
  static String label(JobSnapshot job) {
    return job.spec().name()
        + " · "
        + TIME.format(job.createdAt())
        + " · "
        + job.status().name().toLowerCase();
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
}
