package org.fashionlab.assignment;

import java.util.List;

/**
 * An accuracy from outside the class to read the leaderboard against.
 *
 * @param low the accuracy, or the lowest of a range
 * @param high the highest of a range; equal to {@code low} for one value
 */
public record ReferenceLine(String label, double low, double high, String source) {

  /** The Fashion-MNIST README's benchmark table (zalandoresearch/fashion-mnist on GitHub). */
  public static final String BENCHMARK =
      "zalandoresearch/fashion-mnist README, benchmark table"
          + " (https://github.com/zalandoresearch/fashion-mnist#benchmark)";

  /** Human performance, small CNNs and the 256-128-64 MLP, as the benchmark table lists them. */
  public static final List<ReferenceLine> FASHION_MNIST =
      List.of(
          new ReferenceLine("Human performance", 0.835, 0.835, BENCHMARK),
          new ReferenceLine("2 conv layers CNNs (benchmark rows)", 0.876, 0.925, BENCHMARK),
          new ReferenceLine("MLP 256-128-64 (benchmark row)", 0.900, 0.900, BENCHMARK));
}
