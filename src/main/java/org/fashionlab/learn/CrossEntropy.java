package org.fashionlab.learn;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Categorical cross-entropy, the loss every network here is trained with, worked on the softmax
 * output of one image: logits, then probabilities, then −log of the true class's probability.
 */
@Service
public class CrossEntropy {

  /** Label of the examples' true class: 9, Ankle boot, the course's first test image. */
  public static final int ANKLE_BOOT = 9;

  private static final int SNEAKER = 7;

  /** Logits of a network that is sure the image is an ankle boot (label 9). */
  static final double[] SURE_AND_RIGHT = {-1.2, -3.0, -1.5, -2.1, -1.8, 2.0, -0.9, 2.6, 0.3, 5.1};

  /**
   * One worked example.
   *
   * @param logits the last layer's ten outputs z before softmax
   * @param probabilities softmax(z)
   * @param trueClass the label the loss compares with
   * @param loss −log probabilities[trueClass]
   */
  public record Example(
      String title, double[] logits, double[] probabilities, int trueClass, double loss) {

    /** The class with the largest probability. */
    public int predicted() {
      int best = 0;
      for (int k = 1; k < probabilities.length; k++) {
        if (probabilities[k] > probabilities[best]) {
          best = k;
        }
      }
      return best;
    }
  }

  private final Activations activations;

  public CrossEntropy(Activations activations) {
    this.activations = activations;
  }

  /** The loss of one image: −log of the probability given to its true class. */
  public static double loss(double[] probabilities, int trueClass) {
    return -Math.log(probabilities[trueClass]);
  }

  /** The example worked out for {@code logits} and the true class. */
  public Example example(String title, double[] logits, int trueClass) {
    double[] p = activations.softmax(logits);
    return new Example(title, logits.clone(), p, trueClass, loss(p, trueClass));
  }

  /**
   * The page's two examples for one ankle boot: a network sure and right, and one as sure but wrong
   * (the same logits with Sneaker's and Ankle boot's swapped).
   */
  public List<Example> examples() {
    double[] wrong = SURE_AND_RIGHT.clone();
    wrong[SNEAKER] = SURE_AND_RIGHT[ANKLE_BOOT];
    wrong[ANKLE_BOOT] = SURE_AND_RIGHT[SNEAKER];
    return List.of(
        example("Sure and right", SURE_AND_RIGHT, ANKLE_BOOT),
        example("Sure and wrong", wrong, ANKLE_BOOT));
  }

  /** The loss of a network that cannot tell ten classes apart: −log(1/10) = log 10. */
  public static double guessingLoss(int classes) {
    return Math.log(classes);
  }
}
