package org.fashionlab.training;

import java.util.List;

/**
 * What the first convolution block of a CNN does to one image.
 *
 * @param filters each filter's kernel x kernel weights, row by row (one input channel: grey)
 * @param biases each filter's bias
 * @param kernel filter side in pixels
 * @param featureMaps each filter's output after the activation, side {@code featureSide}
 * @param pooledMaps the feature maps after pooling, side {@code pooledSide}; empty without pooling
 * @param steps the layers applied, e.g. ["Conv2d 32 3x3", "ReLU", "MaxPool 2x2"]
 */
public record FirstLayerMaps(
    List<float[]> filters,
    float[] biases,
    int kernel,
    List<float[]> featureMaps,
    int featureSide,
    List<float[]> pooledMaps,
    int pooledSide,
    List<String> steps) {}
