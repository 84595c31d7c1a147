package org.fashionlab.dataset;

import ai.djl.training.dataset.RandomAccessDataset;

/**
 * The data of one training run, batched.
 *
 * @param training shuffled training batches
 * @param validation held-out batches, or {@code null} when the validation split is 0
 * @param test the test set in its original order
 */
public record TrainingData(
    ShuffledBatches training, RandomAccessDataset validation, RandomAccessDataset test) {

  public int trainingSize() {
    return training.size();
  }

  public int validationSize() {
    return validation == null ? 0 : Math.toIntExact(validation.size());
  }

  public int testSize() {
    return Math.toIntExact(test.size());
  }
}
