package org.fashionlab.learn;

import java.util.List;

/**
 * A 2-2-1 network with sigmoid units: two inputs, two hidden nodes, one output.
 *
 * <p>h_j = σ(w_j1 x_1 + w_j2 x_2 + b_j) for j = 1, 2; ŷ = σ(v_1 h_1 + v_2 h_2 + c).
 *
 * @param w hidden weights, {@code w[j][i]} from input i to hidden node j
 * @param b hidden biases
 * @param v output weights from each hidden node
 * @param c output bias
 */
public record TinyNetwork(double[][] w, double[] b, double[] v, double c) {

  /** Names of the nine parameters in {@link #parameters()} order. */
  public static final List<String> NAMES =
      List.of("w11", "w12", "w21", "w22", "b1", "b2", "v1", "v2", "c");

  /** The nine parameters in the order of {@link #NAMES}. */
  public double[] parameters() {
    return new double[] {w[0][0], w[0][1], w[1][0], w[1][1], b[0], b[1], v[0], v[1], c};
  }

  /** The network with the nine parameters in the order of {@link #NAMES}. */
  public static TinyNetwork of(double[] p) {
    if (p.length != NAMES.size()) {
      throw new IllegalArgumentException("a 2-2-1 network has 9 parameters");
    }
    return new TinyNetwork(
        new double[][] {{p[0], p[1]}, {p[2], p[3]}},
        new double[] {p[4], p[5]},
        new double[] {p[6], p[7]},
        p[8]);
  }

  /** The output ŷ for input x. */
  public double output(double[] x) {
    double h1 = sigmoid(w[0][0] * x[0] + w[0][1] * x[1] + b[0]);
    double h2 = sigmoid(w[1][0] * x[0] + w[1][1] * x[1] + b[1]);
    return sigmoid(v[0] * h1 + v[1] * h2 + c);
  }

  /** The squared-error loss L = ½ (ŷ − y)². */
  public double loss(double[] x, double y) {
    double error = output(x) - y;
    return 0.5 * error * error;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
