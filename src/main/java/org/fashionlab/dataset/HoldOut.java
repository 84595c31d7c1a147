package org.fashionlab.dataset;

import java.util.Arrays;
import java.util.Random;

/**
 * A seeded, reproducible hold-out split of {@code 0..size-1} into training and validation indices.
 *
 * @param training indices used to fit the model, ascending
 * @param validation indices held out to validate it, ascending; disjoint from {@code training}
 */
public record HoldOut(int[] training, int[] validation) {

  /**
   * Splits {@code size} indices, holding out {@code round(size * fraction)} of them chosen by a
   * shuffle seeded with {@code seed}: the same arguments always give the same split.
   */
  public static HoldOut of(int size, double fraction, long seed) {
    if (fraction < 0 || fraction >= 1) {
      throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
    }
    int[] order = shuffled(size, seed);
    int held = (int) Math.round(size * fraction);
    return of(order, 0, held);
  }

  /**
   * Fold {@code fold} (0-based) of a seeded k-fold split, as caret's cross-validation makes them:
   * the indices are shuffled once, cut into {@code k} nearly equal folds, and fold {@code fold} is
   * held out. Over all folds every index is held out exactly once.
   */
  public static HoldOut fold(int size, int k, int fold, long seed) {
    if (k < 2 || k > size) {
      throw new IllegalArgumentException("k must be between 2 and " + size + ", got " + k);
    }
    if (fold < 0 || fold >= k) {
      throw new IllegalArgumentException("fold must be in [0, " + k + "), got " + fold);
    }
    int[] order = shuffled(size, seed);
    int from = (int) ((long) size * fold / k);
    int to = (int) ((long) size * (fold + 1) / k);
    return of(order, from, to);
  }

  private static HoldOut of(int[] order, int heldFrom, int heldTo) {
    int[] validation = Arrays.copyOfRange(order, heldFrom, heldTo);
    int[] training = new int[order.length - validation.length];
    System.arraycopy(order, 0, training, 0, heldFrom);
    System.arraycopy(order, heldTo, training, heldFrom, order.length - heldTo);
    Arrays.sort(validation);
    Arrays.sort(training);
    return new HoldOut(training, validation);
  }

  private static int[] shuffled(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, got " + size);
    }
    int[] order = new int[size];
    Arrays.setAll(order, i -> i);
    Random random = new Random(seed);
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }
}
