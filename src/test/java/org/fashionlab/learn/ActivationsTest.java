package org.fashionlab.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ActivationsTest {

  private final Activations activations = new Activations();

  @Test
  void valuesAndDerivativesAtKnownPoints() {
    assertThat(ActivationFunction.SIGMOID.apply(0)).isEqualTo(0.5);
    assertThat(ActivationFunction.SIGMOID.derivative(0)).isEqualTo(0.25);
    assertThat(ActivationFunction.TANH.derivative(0)).isEqualTo(1.0);
    assertThat(ActivationFunction.RELU.apply(-2)).isZero();
    assertThat(ActivationFunction.LEAKY_RELU.apply(-2)).isEqualTo(-0.02, within(1e-12));
    assertThat(ActivationFunction.ELU.apply(-1)).isEqualTo(Math.exp(-1) - 1, within(1e-12));
    // Φ(1) = 0.8413447460685429 (standard normal table).
    assertThat(ActivationFunction.GELU.apply(1)).isEqualTo(0.8413447, within(1e-6));
    assertThat(ActivationFunction.GELU.apply(0)).isZero();
  }

  @Test
  void everyDerivativeMatchesAFiniteDifferenceAwayFromKinks() {
    double h = 1e-6;
    for (ActivationFunction f : ActivationFunction.values()) {
      for (double x : new double[] {-2.5, -0.7, 0.3, 1.9}) {
        double numeric = (f.apply(x + h) - f.apply(x - h)) / (2 * h);
        assertThat(f.derivative(x)).as(f + " at " + x).isEqualTo(numeric, within(1e-6));
      }
    }
  }

  @Test
  void softmaxSumsToOneAndSurvivesLargeInputs() {
    double[] s = activations.softmax(new double[] {1, 2, 3});
    double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
    assertThat(s[0]).isEqualTo(Math.exp(1) / sum, within(1e-12));
    assertThat(s[2]).isEqualTo(Math.exp(3) / sum, within(1e-12));
    assertThat(activations.softmax(new double[] {1000, 1000})).containsExactly(0.5, 0.5);
    double[][] jacobian = activations.softmaxJacobian(new double[] {1, 2, 3});
    assertThat(jacobian[0][0]).isEqualTo(s[0] * (1 - s[0]), within(1e-12));
    assertThat(jacobian[0][1]).isEqualTo(-s[0] * s[1], within(1e-12));
  }
}
