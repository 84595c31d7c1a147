package org.fashionlab.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How a network is trained.
 *
 * @param optimizer Adam, SGD (with momentum) or RMSprop
 * @param learningRate step size, greater than 0 and at most 1
 * @param momentum SGD momentum in [0, 0.99]; ignored by the other optimizers
 * @param epochs passes over the training images, 1..100
 * @param batchSize images per step, 1..1024
 * @param validationSplit share of the training images held out for validation, 0..0.5
 * @param seed seeds weight initialisation, shuffling and the validation split
 * @param trainingLimit use only the first N training images (0 for all 60,000)
 * @param earlyStoppingPatience stop after this many epochs without validation-loss improvement (0
 *     for never)
 * @param schedule how the learning rate moves over the training (constant when absent)
 * @param augmentation what is done to the training images at each step (none when absent)
 */
public record TrainingSettings(
    @NotNull(message = "choose an optimizer") OptimizerKind optimizer,
    @DecimalMin(
            value = "0.0",
            inclusive = false,
            message = "the learning rate must be greater than 0")
        @DecimalMax(value = "1.0", message = "the learning rate must be at most 1")
        double learningRate,
    @DecimalMin(value = "0.0", message = "momentum must be between 0 and 0.99")
        @DecimalMax(value = "0.99", message = "momentum must be between 0 and 0.99")
        double momentum,
    @Min(value = 1, message = "train for 1 to 100 epochs")
        @Max(value = 100, message = "train for 1 to 100 epochs")
        int epochs,
    @Min(value = 1, message = "the batch size must be 1 to 1024")
        @Max(value = 1024, message = "the batch size must be 1 to 1024")
        int batchSize,
    @DecimalMin(value = "0.0", message = "the validation split must be between 0 and 0.5")
        @DecimalMax(value = "0.5", message = "the validation split must be between 0 and 0.5")
        double validationSplit,
    int seed,
    @Min(value = 0, message = "use 0 for all images, or 100 to 60000")
        @Max(value = 60_000, message = "there are only 60,000 training images")
        int trainingLimit,
    @Min(value = 0, message = "patience must be 0 (off) to 20 epochs")
        @Max(value = 20, message = "patience must be 0 (off) to 20 epochs")
        int earlyStoppingPatience,
    LearningRateSchedule schedule,
    Augmentation augmentation) {

  public TrainingSettings {
    schedule = schedule == null ? LearningRateSchedule.CONSTANT : schedule;
    augmentation = augmentation == null ? Augmentation.NONE : augmentation;
  }

  /** Settings at a constant learning rate, without augmentation. */
  public TrainingSettings(
      OptimizerKind optimizer,
      double learningRate,
      double momentum,
      int epochs,
      int batchSize,
      double validationSplit,
      int seed,
      int trainingLimit,
      int earlyStoppingPatience) {
    this(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        LearningRateSchedule.CONSTANT,
        Augmentation.NONE);
  }

  /** Fashion-MNIST's training images: what a training limit of 0 uses. */
  public static final int ALL_TRAINING_IMAGES = 60_000;

  /** Images this training uses: its training limit, or all of them. */
  public int images() {
    return trainingLimit > 0 ? Math.min(trainingLimit, ALL_TRAINING_IMAGES) : ALL_TRAINING_IMAGES;
  }

  /** Images trained on in each epoch: {@link #images()} less the validation split. */
  public int imagesPerEpoch() {
    return images() - (int) Math.round(images() * validationSplit);
  }

  /** Settings with the given optimizer, rate, epochs and batch; no validation, default seed. */
  public static TrainingSettings of(
      OptimizerKind optimizer, double learningRate, int epochs, int batchSize) {
    return new TrainingSettings(optimizer, learningRate, 0.9, epochs, batchSize, 0, 42, 0, 0);
  }

  /** Optimizer steps over the whole training: epochs times batches per epoch. */
  public int steps() {
    return batchSize <= 0 ? 0 : epochs * ((imagesPerEpoch() + batchSize - 1) / batchSize);
  }

  public TrainingSettings withSchedule(LearningRateSchedule newSchedule) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        newSchedule,
        augmentation);
  }

  public TrainingSettings withAugmentation(Augmentation newAugmentation) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        newAugmentation);
  }

  public TrainingSettings withValidationSplit(double fraction) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        fraction,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withEpochs(int newEpochs) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        newEpochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withOptimizer(OptimizerKind newOptimizer) {
    return new TrainingSettings(
        newOptimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withLearningRate(double rate) {
    return new TrainingSettings(
        optimizer,
        rate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withBatchSize(int size) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        size,
        validationSplit,
        seed,
        trainingLimit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withTrainingLimit(int limit) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        limit,
        earlyStoppingPatience,
        schedule,
        augmentation);
  }

  public TrainingSettings withEarlyStoppingPatience(int patience) {
    return new TrainingSettings(
        optimizer,
        learningRate,
        momentum,
        epochs,
        batchSize,
        validationSplit,
        seed,
        trainingLimit,
        patience,
        schedule,
        augmentation);
  }
}
