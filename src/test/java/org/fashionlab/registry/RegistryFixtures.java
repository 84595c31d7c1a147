package org.fashionlab.registry;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;

/** Small specs and helpers shared by the registry tests. */
public final class RegistryFixtures {

  private RegistryFixtures() {}

  /** Course MLP on the first {@code images} training images for {@code epochs} epochs. */
  public static ModelSpec quickMlp(int images, int epochs) {
    return Presets.COURSE_MLP
        .withName("quick MLP")
        .withTraining(
            Presets.COURSE_MLP
                .training()
                .withTrainingLimit(images)
                .withEpochs(epochs)
                .withValidationSplit(0.2));
  }

  public static RunSummary awaitDone(RunService runs, UUID id) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> runs.summary(id).map(r -> !r.status().isActive()).orElse(false));
    return runs.summary(id).orElseThrow();
  }

  /** The first {@code count} test images as 784 values in [0, 1]. */
  public static List<float[]> testImages(DatasetService datasets, int count) {
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      images.add(datasets.input(Split.TEST, i));
    }
    return images;
  }
}
