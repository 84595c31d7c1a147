package org.fashionlab.learn;

/**
 * The activation functions of the course with their formulas, derivatives, ranges and typical uses.
 * Softmax works on a whole vector and lives in {@link Activations#softmax(double[])}.
 */
public enum ActivationFunction {
  SIGMOID(
      "Sigmoid",
      "σ(x) = 1 / (1 + e^(−x))",
      "σ′(x) = σ(x) · (1 − σ(x))",
      "(0, 1)",
      "Binary outputs (a probability); early hidden layers. Saturates: gradients vanish for large"
          + " |x|."),
  TANH(
      "tanh",
      "tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x))",
      "tanh′(x) = 1 − tanh²(x)",
      "(−1, 1)",
      "Hidden layers and recurrent networks; zero-centred, but saturates like sigmoid."),
  RELU(
      "ReLU",
      "ReLU(x) = max(0, x)",
      "ReLU′(x) = 1 if x > 0, else 0",
      "[0, ∞)",
      "The most popular hidden-layer activation (the course's layer_dense and layer_conv_2d):"
          + " cheap, no saturation for x > 0."),
  LEAKY_RELU(
      "Leaky ReLU",
      "LReLU(x) = x if x > 0, else 0.01·x",
      "LReLU′(x) = 1 if x > 0, else 0.01",
      "(−∞, ∞)",
      "Like ReLU, but a small slope for x < 0 keeps units from dying."),
  ELU(
      "ELU",
      "ELU(x) = x if x > 0, else e^x − 1",
      "ELU′(x) = 1 if x > 0, else e^x",
      "(−1, ∞)",
      "Smooth ReLU variant with negative outputs, pushing mean activations towards 0."),
  GELU(
      "GELU",
      "GELU(x) = x · Φ(x) = ½ x (1 + erf(x / √2))",
      "GELU′(x) = Φ(x) + x · φ(x)",
      "[≈ −0.17, ∞)",
      "Transformers (BERT, GPT): a smooth ReLU that weights x by the chance a standard normal is"
          + " below it.");

  /** Slope of leaky ReLU for x below 0, as PyTorch and this app's networks use it. */
  public static final double LEAKY_SLOPE = 0.01;

  private final String title;
  private final String formula;
  private final String derivativeFormula;
  private final String range;
  private final String typicalUse;

  ActivationFunction(
      String title, String formula, String derivativeFormula, String range, String typicalUse) {
    this.title = title;
    this.formula = formula;
    this.derivativeFormula = derivativeFormula;
    this.range = range;
    this.typicalUse = typicalUse;
  }

  /** The function's value at {@code x}. */
  public double apply(double x) {
    return switch (this) {
      case SIGMOID -> 1 / (1 + Math.exp(-x));
      case TANH -> Math.tanh(x);
      case RELU -> Math.max(0, x);
      case LEAKY_RELU -> x > 0 ? x : LEAKY_SLOPE * x;
      case ELU -> x > 0 ? x : Math.expm1(x);
      case GELU -> x * Activations.normalCdf(x);
    };
  }

  /** The derivative at {@code x}; at the kink of ReLU-like functions (x = 0) the left value. */
  public double derivative(double x) {
    return switch (this) {
      case SIGMOID -> {
        double s = apply(x);
        yield s * (1 - s);
      }
      case TANH -> 1 - Math.tanh(x) * Math.tanh(x);
      case RELU -> x > 0 ? 1 : 0;
      case LEAKY_RELU -> x > 0 ? 1 : LEAKY_SLOPE;
      case ELU -> x > 0 ? 1 : Math.exp(x);
      case GELU -> Activations.normalCdf(x) + x * Activations.normalPdf(x);
    };
  }

  public String title() {
    return title;
  }

  public String formula() {
    return formula;
  }

  public String derivativeFormula() {
    return derivativeFormula;
  }

  public String range() {
    return range;
  }

  public String typicalUse() {
    return typicalUse;
  }
}
