package org.fashionlab.dataset;

/** Which part of Fashion-MNIST: the 60,000 training images or the 10,000 test images. */
public enum Split {
  TRAIN,
  TEST
}
