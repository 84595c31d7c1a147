package org.fashionlab.registry.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fashionlab.base.Numbers;
import org.fashionlab.registry.RunColumn;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** How each column of the comparison table reads on the page. */
final class RunFormat {

  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private RunFormat() {}

  static String text(RunColumn column, RunSummary run) {
    Object value = column.value(run);
    if (value == null) {
      boolean testColumn = column == RunColumn.TEST_ACCURACY || column == RunColumn.TEST_LOSS;
      return testColumn && run.isTestLocked() ? "locked" : "";
    }
    return switch (column) {
      case PARAMETERS -> Numbers.whole(run.parameters());
      case LEARNING_RATE, DROPOUT -> Numbers.scaled((Double) value);
      case VALIDATION_SPLIT -> Numbers.percent(run.validationSplit());
      case TRAINING_IMAGES -> Numbers.whole(run.trainingImages());
      case EPOCHS ->
          run.epochsCompleted() < run.epochs() && run.status() != RunStatus.FINISHED
              ? run.epochsCompleted() + " of " + run.epochs()
              : String.valueOf(run.epochs());
      case TRAINING_SECONDS -> duration((Double) value);
      case TRAIN_ACCURACY, VALIDATION_ACCURACY, TEST_ACCURACY -> percent((Double) value);
      case TEST_LOSS -> String.format(Locale.ROOT, "%.4f", (Double) value);
      case STATUS -> status(run.status());
      case CREATED -> CREATED.format(run.createdAt());
      default -> value.toString();
    };
  }

  static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f%%", 100 * fraction) : "";
  }

  static String duration(double seconds) {
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    }
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long whole = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d min", whole / 60, whole % 60);
  }

  static String status(RunStatus status) {
    String name = status.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
