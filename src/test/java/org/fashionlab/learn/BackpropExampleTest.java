package org.fashionlab.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BackpropExampleTest {

  private final BackpropExample backprop = new BackpropExample();

  /** Central differences of the loss in each parameter. */
  static double[] numericalGradient(TinyNetwork net, double[] x, double y) {
    double h = 1e-6;
    double[] p = net.parameters();
    double[] gradient = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[k] += h;
      minus[k] -= h;
      gradient[k] = (TinyNetwork.of(plus).loss(x, y) - TinyNetwork.of(minus).loss(x, y)) / (2 * h);
    }
    return gradient;
  }

  @Test
  void backpropagatedGradientsMatchFiniteDifferences() {
    BackpropExample.Step step = backprop.example();
    double[] numeric = numericalGradient(step.network(), step.x(), step.y());
    for (int k = 0; k < numeric.length; k++) {
      assertThat(step.gradients()[k])
          .as(TinyNetwork.NAMES.get(k))
          .isEqualTo(numeric[k], within(1e-9));
    }
    assertThat(step.loss()).isEqualTo(step.network().loss(step.x(), step.y()), within(1e-15));
  }

  @Test
  void oneStepMovesEveryParameterAgainstItsGradientAndLowersTheLoss() {
    BackpropExample.Step step = backprop.example();
    double[] before = step.network().parameters();
    double[] after = step.updated().parameters();
    for (int k = 0; k < before.length; k++) {
      assertThat(after[k])
          .isEqualTo(before[k] - step.learningRate() * step.gradients()[k], within(1e-15));
    }
    assertThat(step.updatedLoss()).isLessThan(step.loss());
    BackpropExample.Step next =
        backprop.step(step.updated(), step.x(), step.y(), step.learningRate());
    assertThat(next.loss()).isEqualTo(step.updatedLoss(), within(1e-15));
  }
}
