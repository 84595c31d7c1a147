package org.fashionlab;

/** Small helpers for reading class probabilities in tests. */
public final class Probabilities {

  private Probabilities() {}

  /** The index of the largest value: the predicted class. */
  public static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
