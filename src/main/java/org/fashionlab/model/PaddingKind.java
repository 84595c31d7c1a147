package org.fashionlab.model;

/**
 * Convolution padding, as Keras names it: VALID adds none (the output shrinks by kernel - 1), SAME
 * pads (kernel - 1) / 2 on each side so a stride-1 convolution keeps the size (odd kernels only).
 */
public enum PaddingKind {
  VALID,
  SAME;

  /** Pixels of padding on each side for this kernel size. */
  public int pixels(int kernel) {
    return this == SAME ? (kernel - 1) / 2 : 0;
  }
}
