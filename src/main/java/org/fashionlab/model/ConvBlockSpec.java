package org.fashionlab.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One convolution block: Conv2d, optional batch norm, activation, optional pooling.
 *
 * @param filters number of filters (output channels)
 * @param kernel square kernel size
 * @param stride convolution stride
 * @param padding VALID or SAME
 * @param activation activation after the convolution
 * @param pooling pooling after the activation
 * @param poolSize square pooling window, also its stride
 * @param batchNorm whether batch normalisation follows the convolution
 */
public record ConvBlockSpec(
    @Min(value = 1, message = "a convolution needs at least 1 filter")
        @Max(value = 256, message = "at most 256 filters")
        int filters,
    @Min(value = 1, message = "the kernel must be 1 to 7 pixels")
        @Max(value = 7, message = "the kernel must be 1 to 7 pixels")
        int kernel,
    @Min(value = 1, message = "the stride must be 1 to 3")
        @Max(value = 3, message = "the stride must be 1 to 3")
        int stride,
    @NotNull(message = "choose a padding") PaddingKind padding,
    @NotNull(message = "choose an activation") ActivationKind activation,
    @NotNull(message = "choose a pooling") PoolingKind pooling,
    @Min(value = 2, message = "the pooling window must be 2 to 4")
        @Max(value = 4, message = "the pooling window must be 2 to 4")
        int poolSize,
    boolean batchNorm) {

  /** A block the way Keras' layer_conv_2d defaults it: stride 1, valid padding, 2x2 max pooling. */
  public static ConvBlockSpec of(int filters, int kernel) {
    return new ConvBlockSpec(
        filters, kernel, 1, PaddingKind.VALID, ActivationKind.RELU, PoolingKind.MAX, 2, false);
  }
}
