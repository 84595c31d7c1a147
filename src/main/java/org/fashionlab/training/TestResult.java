package org.fashionlab.training;

import java.util.ArrayList;
import java.util.List;
import org.fashionlab.dataset.FashionClass;

/**
 * A trained model measured on a labelled set: the test set, or the validation split after an epoch.
 *
 * @param loss mean cross-entropy loss
 * @param accuracy share of images classified correctly
 * @param confusion counts, {@code confusion[trueLabel][predictedLabel]}
 * @param predictions the predicted label of every image, in the set's order
 */
public record TestResult(float loss, float accuracy, int[][] confusion, int[] predictions) {

  /** Builds the result from true and predicted labels. */
  public static TestResult of(float loss, int[] labels, int[] predictions) {
    int classes = FashionClass.values().length;
    int[][] confusion = new int[classes][classes];
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      confusion[labels[i]][predictions[i]]++;
      if (labels[i] == predictions[i]) {
        correct++;
      }
    }
    return new TestResult(loss, (float) correct / labels.length, confusion, predictions.clone());
  }

  /** Number of test images evaluated. */
  public int size() {
    return predictions.length;
  }

  /** Precision, recall and F1 per class, in label order. */
  public List<ClassMetrics> perClass() {
    List<ClassMetrics> metrics = new ArrayList<>();
    for (int c = 0; c < confusion.length; c++) {
      int truePositives = confusion[c][c];
      int actual = 0;
      int predicted = 0;
      for (int k = 0; k < confusion.length; k++) {
        actual += confusion[c][k];
        predicted += confusion[k][c];
      }
      double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
      double recall = actual == 0 ? 0 : (double) truePositives / actual;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      metrics.add(new ClassMetrics(FashionClass.of(c).label(), precision, recall, f1, actual));
    }
    return metrics;
  }
}
