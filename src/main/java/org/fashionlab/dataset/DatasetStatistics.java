package org.fashionlab.dataset;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Derived views of Fashion-MNIST for the data explorer: image indices per class and the mean image
 * of each class. Both are computed once per split and cached.
 */
@Service
public class DatasetStatistics {

  private final DatasetService datasets;
  private final Map<Split, int[][]> meanImages = new ConcurrentHashMap<>();
  private final Map<Split, int[][]> indicesByClass = new ConcurrentHashMap<>();

  public DatasetStatistics(DatasetService datasets) {
    this.datasets = datasets;
  }

  /**
   * The 0-based indices of the images of one class, in dataset order.
   *
   * @param label the class label 0..9, or -1 for every image
   */
  public int[] indices(Split split, int label) {
    if (label < 0) {
      return IntStream.range(0, datasets.size(split)).toArray();
    }
    return indicesByClass.computeIfAbsent(split, this::groupByClass)[label].clone();
  }

  private int[][] groupByClass(Split split) {
    int[] counts = datasets.classCounts(split);
    int[][] groups = new int[counts.length][];
    int[] filled = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      groups[c] = new int[counts[c]];
    }
    for (int i = 0; i < datasets.size(split); i++) {
      int label = datasets.label(split, i);
      groups[label][filled[label]++] = i;
    }
    return groups;
  }

  /**
   * The mean image of each class: {@code result[label]} holds 784 grey values 0..255 (rounded), row
   * by row.
   */
  public int[][] meanImages(Split split) {
    int[][] means = meanImages.computeIfAbsent(split, this::computeMeans);
    return Arrays.stream(means).map(int[]::clone).toArray(int[][]::new);
  }

  private int[][] computeMeans(Split split) {
    int classes = FashionClass.values().length;
    long[][] sums = new long[classes][];
    int[] counts = new int[classes];
    for (int i = 0; i < datasets.size(split); i++) {
      int label = datasets.label(split, i);
      int[] pixels = datasets.pixels(split, i);
      if (sums[label] == null) {
        sums[label] = new long[pixels.length];
      }
      for (int p = 0; p < pixels.length; p++) {
        sums[label][p] += pixels[p];
      }
      counts[label]++;
    }
    int[][] means = new int[classes][];
    for (int c = 0; c < classes; c++) {
      long[] sum = sums[c] == null ? new long[FashionMnistData.PIXELS] : sums[c];
      int count = Math.max(1, counts[c]);
      means[c] = Arrays.stream(sum).mapToInt(s -> (int) Math.round((double) s / count)).toArray();
    }
    return means;
  }
}
