package org.fashionlab.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.springframework.stereotype.Service;

/** Which test images a run got wrong, and which classes it mixes up most. */
@Service
public class ConfusionExplorer {

  /**
   * Two classes a model mixes up, counted in both directions.
   *
   * @param aAsB images of class a predicted as b
   * @param bAsA images of class b predicted as a
   */
  public record ConfusedPair(int a, int b, int aAsB, int bAsA) {
    public int total() {
      return aAsB + bAsA;
    }
  }

  private final DatasetService datasets;

  public ConfusionExplorer(DatasetService datasets) {
    this.datasets = datasets;
  }

  /**
   * The 0-based indices of the test images of class {@code trueLabel} that were predicted as {@code
   * predicted}: as many as the confusion matrix holds in that cell.
   *
   * @param testPredictions predicted label of every test image, in order
   */
  public int[] images(int[] testPredictions, int trueLabel, int predicted) {
    return IntStream.range(0, testPredictions.length)
        .filter(i -> testPredictions[i] == predicted)
        .filter(i -> datasets.label(Split.TEST, i) == trueLabel)
        .toArray();
  }

  /** The {@code top} pairs of distinct classes with the most mistakes between them, most first. */
  public static List<ConfusedPair> mostConfused(int[][] confusion, int top) {
    List<ConfusedPair> pairs = new ArrayList<>();
    for (int a = 0; a < confusion.length; a++) {
      for (int b = a + 1; b < confusion.length; b++) {
        ConfusedPair pair = new ConfusedPair(a, b, confusion[a][b], confusion[b][a]);
        if (pair.total() > 0) {
          pairs.add(pair);
        }
      }
    }
    pairs.sort(Comparator.comparingInt(ConfusedPair::total).reversed());
    return pairs.subList(0, Math.min(top, pairs.size()));
  }
}
