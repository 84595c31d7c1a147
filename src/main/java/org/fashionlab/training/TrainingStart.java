package org.fashionlab.training;

/**
 * The sizes a training's progress is measured against.
 *
 * @param threads PyTorch intra-op threads the training computes on
 */
public record TrainingStart(
    int epochs, int batchesPerEpoch, int trainingImages, int validationImages, int threads) {}
