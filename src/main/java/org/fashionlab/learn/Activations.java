package org.fashionlab.learn;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Values of activation functions for the Learn page's plots; plain arithmetic, no engine. */
@Service
public class Activations {

  /** One sampled point of a function and its derivative. */
  public record Point(double x, double value, double derivative) {}

  /** Samples {@code function} at {@code points} evenly spaced x from {@code from} to {@code to}. */
  public List<Point> curve(ActivationFunction function, double from, double to, int points) {
    if (points < 2 || !(to > from)) {
      throw new IllegalArgumentException("need at least 2 points on a non-empty interval");
    }
    List<Point> curve = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double x = from + (to - from) * i / (points - 1);
      curve.add(new Point(x, function.apply(x), function.derivative(x)));
    }
    return curve;
  }

  /**
   * Softmax of a vector: e^(z_i) / Σ_j e^(z_j). The largest z is subtracted first, which leaves the
   * result unchanged and keeps e^z from overflowing.
   */
  public double[] softmax(double[] z) {
    if (z.length == 0) {
      throw new IllegalArgumentException("softmax needs at least one number");
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] out = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      out[i] = Math.exp(z[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < z.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  /** The softmax Jacobian ∂s_i/∂z_j = s_i (δ_ij − s_j): each output depends on every input. */
  public double[][] softmaxJacobian(double[] z) {
    double[] s = softmax(z);
    double[][] jacobian = new double[s.length][s.length];
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        jacobian[i][j] = s[i] * ((i == j ? 1 : 0) - s[j]);
      }
    }
    return jacobian;
  }

  /** Φ(x), the standard normal distribution function. */
  static double normalCdf(double x) {
    return 0.5 * (1 + erf(x / Math.sqrt(2)));
  }

  /** φ(x), the standard normal density. */
  static double normalPdf(double x) {
    return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  }

  /** The error function, by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7). */
  static double erf(double x) {
    double sign = Math.signum(x);
    double a = Math.abs(x);
    double t = 1 / (1 + 0.3275911 * a);
    double poly =
        t
            * (0.254829592
                + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return sign * (1 - poly * Math.exp(-a * a));
  }
}
