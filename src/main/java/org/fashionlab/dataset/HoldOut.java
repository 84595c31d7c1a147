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
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, got " + size);
    }
    if (fraction < 0 || fraction >= 1) {
      throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
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
    int held = (int) Math.round(size * fraction);
    int[] validation = Arrays.copyOfRange(order, 0, held);
    int[] training = Arrays.copyOfRange(order, held, size);
    Arrays.sort(validation);
    Arrays.sort(training);
    return new HoldOut(training, validation);
  }
}
