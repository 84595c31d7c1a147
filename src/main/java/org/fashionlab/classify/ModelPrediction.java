package org.fashionlab.classify;

import java.util.List;
import java.util.UUID;

/**
 * What one model says about one image.
 *
 * @param top the most probable classes, most probable first
 */
public record ModelPrediction(
    UUID runId, String runName, String architecture, List<ClassProbability> top) {

  /** One class and its probability. */
  public record ClassProbability(int label, String className, float probability) {}

  public ClassProbability best() {
    return top.get(0);
  }
}
