package org.fashionlab.classify;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The answer to one uploaded photo.
 *
 * @param steps the preprocessing steps as pictures, the last being the 28 x 28 input
 * @param input the network input: 784 values in [0, 1]
 * @param predictions one per model, in the order of the runs
 * @param agreement a sentence on where the models agree or disagree
 * @param notes what the student should know besides, e.g. colours converted approximately, or older
 *     uploads removed to make room; empty when nothing
 */
public record Classification(
    UUID uploadId,
    List<Step> steps,
    float[] input,
    List<ModelPrediction> predictions,
    String agreement,
    List<String> notes) {

  /**
   * The class most models put first (of equal counts, the one named first), or null without
   * predictions.
   */
  public String majority() {
    java.util.Map<String, Long> votes =
        predictions.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    p -> p.best().className(),
                    java.util.LinkedHashMap::new,
                    java.util.stream.Collectors.counting()));
    return votes.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * A preprocessing step as the student sees it. Its picture is drawn when asked for: the page
   * shows it, the API never does.
   */
  public record Step(String title, String explanation, Supplier<BufferedImage> picture) {

    public BufferedImage image() {
      return picture.get();
    }
  }
}
