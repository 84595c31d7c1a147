package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.NetworkSummary;

/**
 * Class probabilities from a loaded model: the images as one batch, one forward pass, softmax. What
 * DJL's {@code Predictor} with a translator would do, without its per-call machinery (a predictor
 * context with two managers of its own, the translator's calls, metrics): Classify asks 40 models
 * for one image each per photo, where that machinery weighs as much as a small model's forward.
 */
final class Predictions {

  private static final int CLASSES = NetworkSummary.CLASSES;

  private Predictions() {}

  /**
   * @param images images of 784 values in [0, 1], row by row
   * @return for each image, ten probabilities in label order
   */
  static List<float[]> of(Model model, List<float[]> images) {
    int n = images.size();
    if (n == 0) {
      return List.of();
    }
    float[] pixels = new float[n * NetworkSummary.INPUTS];
    for (int i = 0; i < n; i++) {
      float[] image = images.get(i);
      if (image.length != NetworkSummary.INPUTS) {
        throw new IllegalArgumentException(
            "expected " + NetworkSummary.INPUTS + " pixels, got " + image.length);
      }
      System.arraycopy(image, 0, pixels, i * NetworkSummary.INPUTS, NetworkSummary.INPUTS);
    }
    // Request threads start with autograd on; predictions must not record graphs.
    JniUtils.setGradMode(false);
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray batch =
          manager.create(
              pixels,
              new Shape(n, NetworkSummary.CHANNELS, NetworkSummary.SIDE, NetworkSummary.SIDE));
      NDList out =
          model.getBlock().forward(new ParameterStore(manager, false), new NDList(batch), false);
      float[] all = out.singletonOrThrow().softmax(-1).toFloatArray();
      List<float[]> answers = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        float[] one = new float[CLASSES];
        System.arraycopy(all, i * CLASSES, one, 0, CLASSES);
        answers.add(one);
      }
      return answers;
    }
  }
}
