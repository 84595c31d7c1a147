package org.fashionlab.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.storage.StorageProperties;

/** The real DJL trainer outside Spring, for tests that train without the queue. */
public final class TestTrainers {

  private TestTrainers() {}

  /** Saved models under {@code dataDir}/models. */
  public static TrainedModels models(Path dataDir) {
    return new TrainedModels(
        new StorageProperties(dataDir, dataDir.resolve("uploads"), 600), new ObjectMapper());
  }

  /** A trainer with the default settings (1 MLP thread, 2 CNN threads, reports every 10 ms). */
  public static RunTrainer trainer(DatasetService datasets, TrainedModels models) {
    return new ModelTrainer(datasets, new TrainingProperties(1, 2, 10, 100), models);
  }
}
