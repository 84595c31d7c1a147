package org.fashionlab.learn;

import org.springframework.stereotype.Service;

/**
 * One step of gradient descent on a {@link TinyNetwork}, with every intermediate number kept so the
 * Learn page can show the forward pass, the loss, the chain rule and the update.
 */
@Service
public class BackpropExample {

  /** The example the page opens with. */
  public static final TinyNetwork START =
      new TinyNetwork(
          new double[][] {{0.2, -0.4}, {0.7, 0.1}},
          new double[] {0.1, -0.1},
          new double[] {0.6, -0.3},
          0.05);

  public static final double[] INPUT = {0.5, 0.8};
  public static final double TARGET = 1.0;
  public static final double LEARNING_RATE = 0.5;

  /**
   * Everything one step computes.
   *
   * @param z hidden pre-activations w_j · x + b_j
   * @param h hidden activations σ(z_j)
   * @param zOut output pre-activation v · h + c
   * @param output ŷ = σ(zOut)
   * @param loss ½ (ŷ − y)²
   * @param deltaOut ∂L/∂zOut = (ŷ − y) · ŷ (1 − ŷ)
   * @param deltaHidden ∂L/∂z_j = deltaOut · v_j · h_j (1 − h_j)
   * @param gradients ∂L/∂parameter in {@link TinyNetwork#NAMES} order
   * @param updated the network after parameter ← parameter − η · gradient
   * @param updatedLoss the loss of the updated network on the same example
   */
  public record Step(
      TinyNetwork network,
      double[] x,
      double y,
      double learningRate,
      double[] z,
      double[] h,
      double zOut,
      double output,
      double loss,
      double deltaOut,
      double[] deltaHidden,
      double[] gradients,
      TinyNetwork updated,
      double updatedLoss) {}

  /** One step on the page's example. */
  public Step example() {
    return step(START, INPUT, TARGET, LEARNING_RATE);
  }

  /** One forward pass, backward pass and update of {@code net} on the example (x, y). */
  public Step step(TinyNetwork net, double[] x, double y, double learningRate) {
    double[] z = new double[2];
    double[] h = new double[2];
    for (int j = 0; j < 2; j++) {
      z[j] = net.w()[j][0] * x[0] + net.w()[j][1] * x[1] + net.b()[j];
      h[j] = TinyNetwork.sigmoid(z[j]);
    }
    double zOut = net.v()[0] * h[0] + net.v()[1] * h[1] + net.c();
    double output = TinyNetwork.sigmoid(zOut);
    double loss = 0.5 * (output - y) * (output - y);
    // Chain rule, from the loss backwards.
    double deltaOut = (output - y) * output * (1 - output);
    double[] deltaHidden = new double[2];
    for (int j = 0; j < 2; j++) {
      deltaHidden[j] = deltaOut * net.v()[j] * h[j] * (1 - h[j]);
    }
    double[] gradients = {
      deltaHidden[0] * x[0],
      deltaHidden[0] * x[1],
      deltaHidden[1] * x[0],
      deltaHidden[1] * x[1],
      deltaHidden[0],
      deltaHidden[1],
      deltaOut * h[0],
      deltaOut * h[1],
      deltaOut
    };
    double[] parameters = net.parameters();
    for (int k = 0; k < parameters.length; k++) {
      parameters[k] -= learningRate * gradients[k];
    }
    TinyNetwork updated = TinyNetwork.of(parameters);
    return new Step(
        net,
        x.clone(),
        y,
        learningRate,
        z,
        h,
        zOut,
        output,
        loss,
        deltaOut,
        deltaHidden,
        gradients,
        updated,
        updated.loss(x, y));
  }
}
