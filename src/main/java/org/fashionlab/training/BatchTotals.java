package org.fashionlab.training;

/** Loss and accuracy summed over the batches of the current epoch. */
interface BatchTotals {

  /** Images added since the epoch began. */
  long samples();

  /** Sum of the per-image losses since the epoch began. */
  double lossSum();

  /** Share of images classified correctly since the epoch began. */
  double accuracy();
}
