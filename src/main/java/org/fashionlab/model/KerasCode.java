package org.fashionlab.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The R keras code of the course's Lab 5 that builds, compiles and fits the same model as a spec,
 * so a student can carry a model from the app back to the notebook. Where keras would behave
 * differently from this app, a comment line in the code says how.
 */
public final class KerasCode {

  static final int SIDE = NetworkSummary.SIDE;

  /** Longest line written on one line; longer calls are split the way R code is. */
  private static final int LINE = 80;

  private KerasCode() {}

  /** The whole script: data, model, compile, fit and evaluate, in the sheet's style. */
  public static String of(ModelSpec spec) {
    boolean cnn = spec.network() instanceof CnnSpec;
    TrainingSettings t = spec.training();
    List<String> lines = new ArrayList<>();
    lines.add("# " + oneLine(spec.name()) + ": the same model in R keras (Lab 5)");
    lines.add("library(keras)");
    lines.add("# keras draws other random numbers than Fashion Lab (seed " + t.seed() + "):");
    lines.add("# expect close, not equal, results");
    lines.add("");
    data(lines, t, cnn);
    lines.add("");
    if (t.schedule() == LearningRateSchedule.COSINE) {
      lines.add("# the learning rate falls along a cosine to 0 over every step of the training");
      lines.add(
          "lr <- learning_rate_schedule_cosine_decay("
              + number(t.learningRate())
              + ", decay_steps = "
              + t.steps()
              + ")");
      lines.add("");
    }
    lines.add("model <- keras_model_sequential() %>%");
    List<String> layers = KerasLayers.of(spec.network(), t.augmentation());
    for (int i = 0; i < layers.size(); i++) {
      String layer = layers.get(i);
      boolean last = i == layers.size() - 1;
      lines.add(layer.startsWith("#") ? "  " + layer : "  " + layer + (last ? "" : " %>%"));
    }
    lines.add("");
    lines.add("model %>% compile(");
    lines.add("  loss = \"categorical_crossentropy\",");
    lines.add("  optimizer = " + optimizer(t) + ",");
    lines.add("  metrics = \"accuracy\"");
    lines.add(")");
    lines.add("");
    fit(lines, t);
    lines.add("plot(history)");
    lines.add("");
    lines.add("score <- model %>% evaluate(x_test, y_test, verbose = 0)");
    lines.add("score");
    return String.join("\n", lines) + "\n";
  }

  private static void data(List<String> lines, TrainingSettings t, boolean cnn) {
    lines.add("fashion_mnist <- dataset_fashion_mnist()");
    lines.add("x_train <- fashion_mnist$train$x / 255");
    lines.add("y_train <- to_categorical(fashion_mnist$train$y, 10)");
    lines.add("x_test <- fashion_mnist$test$x / 255");
    lines.add("y_test <- to_categorical(fashion_mnist$test$y, 10)");
    if (t.trainingLimit() > 0) {
      lines.add("# trained on the first " + t.trainingLimit() + " training images only");
      lines.add("x_train <- x_train[1:" + t.trainingLimit() + ", , ]");
      lines.add("y_train <- y_train[1:" + t.trainingLimit() + ", ]");
    }
    if (cnn) {
      lines.add("# a convolution wants one channel per pixel: 28 x 28 x 1");
      lines.add(
          "x_train <- array_reshape(x_train, c(nrow(x_train), " + SIDE + ", " + SIDE + ", 1))");
      lines.add("x_test <- array_reshape(x_test, c(nrow(x_test), " + SIDE + ", " + SIDE + ", 1))");
    }
  }

  private static String optimizer(TrainingSettings t) {
    String rate =
        "learning_rate = "
            + (t.schedule() == LearningRateSchedule.COSINE ? "lr" : number(t.learningRate()));
    return switch (t.optimizer()) {
      case ADAM -> "optimizer_adam(" + rate + ")";
      case RMSPROP -> "optimizer_rmsprop(" + rate + ")";
      case SGD ->
          t.momentum() > 0
              ? "optimizer_sgd(" + rate + ", momentum = " + number(t.momentum()) + ")"
              : "optimizer_sgd(" + rate + ")";
    };
  }

  private static void fit(List<String> lines, TrainingSettings t) {
    List<String> args = new ArrayList<>();
    args.add("epochs = " + t.epochs());
    args.add("batch_size = " + t.batchSize());
    boolean validation = t.validationSplit() > 0;
    if (validation) {
      String share = percent(t.validationSplit());
      lines.add("# keras validates on the last " + share + " of x_train;");
      lines.add("# Fashion Lab held out a random " + share + " (seed " + t.seed() + ")");
      args.add("validation_split = " + number(t.validationSplit()));
    } else if (t.earlyStoppingPatience() > 0) {
      lines.add("# early stopping needs a validation split: off here, as it was in the app");
    }
    String oneLine = "history <- model %>% fit(x_train, y_train, " + String.join(", ", args) + ")";
    boolean stopEarly = validation && t.earlyStoppingPatience() > 0;
    if (!stopEarly && oneLine.length() <= LINE) {
      lines.add(oneLine);
      return;
    }
    lines.add("history <- model %>% fit(");
    lines.add("  x_train, y_train,");
    if (stopEarly) {
      lines.add("  " + String.join(", ", args) + ",");
      lines.add(
          "  callbacks = list(callback_early_stopping(monitor = \"val_loss\", patience = "
              + t.earlyStoppingPatience()
              + "))");
    } else {
      lines.add("  " + String.join(", ", args));
    }
    lines.add(")");
  }

  private static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction))
            .movePointRight(2)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  /** A number as R reads it back unchanged: 0.001, 0.2, 5 (never 1.0E-3). */
  static String number(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
