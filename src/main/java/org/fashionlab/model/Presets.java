package org.fashionlab.model;

import java.util.List;
import java.util.Optional;

/** Starting points named after the course's lab sheet. */
public final class Presets {

  /** Flatten, Dense 128 relu, Dense 10; Adam 0.001; batch 32; 5 epochs (the lab's first model). */
  public static final ModelSpec COURSE_MLP =
      new ModelSpec(
          "Course MLP",
          new MlpSpec(List.of(128), ActivationKind.RELU, 0),
          TrainingSettings.of(OptimizerKind.ADAM, 0.001, 5, 32));

  /**
   * Conv 32 3x3 relu, MaxPool 2x2, Flatten, Dense 128 relu, Dense 10; RMSprop 0.001; 10 epochs;
   * validation split 0.2 (the lab's model2).
   */
  public static final ModelSpec COURSE_CNN =
      new ModelSpec(
          "Course CNN",
          new CnnSpec(List.of(ConvBlockSpec.of(32, 3)), List.of(128), ActivationKind.RELU, 0),
          TrainingSettings.of(OptimizerKind.RMSPROP, 0.001, 10, 32).withValidationSplit(0.2));

  /** The lab's "MLP with 3 layers": 256-128-64 relu; Adam 0.001; batch 32; 5 epochs. */
  public static final ModelSpec THREE_LAYER_MLP =
      new ModelSpec(
          "3-layer MLP",
          new MlpSpec(List.of(256, 128, 64), ActivationKind.RELU, 0),
          TrainingSettings.of(OptimizerKind.ADAM, 0.001, 5, 32).withValidationSplit(0.2));

  /**
   * Beyond the sheet, for accuracy in the time of a lab session: two 3x3 "same" conv blocks (32 and
   * 64 filters) each with batch norm, relu and 2x2 max pooling, Dense 256 relu with dropout 0.5,
   * Dense 10; Adam 0.001 decayed along a cosine to 0; training images mirrored left-right at
   * random; batch 64 (on three seeds 0.23-0.24 points more test accuracy than batch 128, in 1.05 to
   * 1.2 times the minutes); 30 epochs; validation split 0.1 (BENCHMARKS.md: its test accuracy and
   * minutes on 2 cores).
   */
  public static final ModelSpec STRONG_CNN =
      new ModelSpec(
          "Strong CNN",
          new CnnSpec(
              List.of(strongBlock(32), strongBlock(64)), List.of(256), ActivationKind.RELU, 0.5),
          TrainingSettings.of(OptimizerKind.ADAM, 0.001, 30, 64)
              .withValidationSplit(0.1)
              .withSchedule(LearningRateSchedule.COSINE)
              .withAugmentation(Augmentation.MIRROR));

  private static final List<ModelSpec> ALL =
      List.of(COURSE_MLP, COURSE_CNN, THREE_LAYER_MLP, STRONG_CNN);

  private Presets() {}

  private static ConvBlockSpec strongBlock(int filters) {
    return new ConvBlockSpec(
        filters, 3, 1, PaddingKind.SAME, ActivationKind.RELU, PoolingKind.MAX, 2, true);
  }

  /** The presets in the order the course introduces them. */
  public static List<ModelSpec> all() {
    return ALL;
  }

  /** The preset with this name, if any. */
  public static Optional<ModelSpec> named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
