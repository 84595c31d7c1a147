package org.fashionlab.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of the model comparison table, shared by the page's grid, its CSV download and its
 * "differences only" switch, so the three always agree.
 */
public enum RunColumn {
  NAME("Name", "name", RunSummary::name),
  OWNER("Owner", "owner", RunSummary::owner),
  KIND("Kind", "kind", RunSummary::kind),
  ARCHITECTURE("Architecture", "architecture", RunSummary::architecture),
  PARAMETERS("Parameters", "parameters", RunSummary::parameters),
  OPTIMIZER("Optimizer", "optimizer", RunSummary::optimizer),
  LEARNING_RATE("Learning rate", "learning_rate", RunSummary::learningRate),
  BATCH_SIZE("Batch", "batch_size", RunSummary::batchSize),
  EPOCHS("Epochs", "epochs", RunSummary::epochs),
  ACTIVATION("Activation", "activation", RunSummary::activation),
  DROPOUT("Dropout", "dropout", RunSummary::dropout),
  VALIDATION_SPLIT("Val. split", "validation_split", RunSummary::validationSplit),
  TRAINING_IMAGES("Train images", "training_images", RunSummary::trainingImages),
  SEED("Seed", "seed", RunSummary::seed),
  BEST_EPOCH("Best epoch", "best_epoch", RunSummary::bestEpoch),
  TRAINING_SECONDS("Train time", "training_seconds", RunSummary::trainingSeconds),
  TRAIN_ACCURACY("Train acc.", "train_accuracy", RunSummary::finalTrainAccuracy),
  VALIDATION_ACCURACY("Val. acc.", "validation_accuracy", RunSummary::finalValidationAccuracy),
  TEST_ACCURACY("Test acc.", "test_accuracy", RunSummary::testAccuracy),
  TEST_LOSS("Test loss", "test_loss", RunSummary::testLoss),
  STATUS("Status", "status", RunSummary::status),
  CREATED("Created", "created_at", RunSummary::createdAt);

  private final String header;
  private final String csvName;
  private final Function<RunSummary, Object> value;

  RunColumn(String header, String csvName, Function<RunSummary, Object> value) {
    this.header = header;
    this.csvName = csvName;
    this.value = value;
  }

  /** The column title on the page. */
  public String header() {
    return header;
  }

  /** The column name in the CSV header: lower case with underscores. */
  public String csvName() {
    return csvName;
  }

  /** The run's raw value in this column; null where there is none yet (e.g. test accuracy). */
  public Object value(RunSummary run) {
    return value.apply(run);
  }

  /** A setting chosen by hand (learning rate, dropout, split): written exactly, not rounded. */
  public boolean isSetting() {
    return this == LEARNING_RATE || this == DROPOUT || this == VALIDATION_SPLIT;
  }

  /** Columns in which every one of {@code runs} has the same value (all, for fewer than 2). */
  public static Set<RunColumn> agreeing(List<RunSummary> runs) {
    Set<RunColumn> same = EnumSet.noneOf(RunColumn.class);
    for (RunColumn column : values()) {
      if (runs.stream().map(column::value).distinct().count() <= 1) {
        same.add(column);
      }
    }
    return same;
  }
}
