package org.fashionlab.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.storage.StorageProperties;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The real DJL trainer and model store outside Spring, for tests that train without the queue. */
public final class TestTrainers {

  private TestTrainers() {}

  /** Trained models in a fresh in-memory H2 database with the app's migrations, cache 600 MB. */
  public static TrainedModels models(Path dataDir) {
    return models(dataDir, 600);
  }

  /** Trained models in a fresh in-memory H2 database, with a cache of {@code cacheMegabytes}. */
  public static TrainedModels models(Path dataDir, int cacheMegabytes) {
    return new TrainedModels(
        new StorageProperties(dataDir, dataDir.resolve("uploads"), cacheMegabytes),
        new ObjectMapper(),
        store());
  }

  /** A model store on a fresh in-memory H2 database, migrated as the app migrates its own. */
  public static ModelStore store() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    return new ModelStore(new JdbcTemplate(db));
  }

  /**
   * A trainer with the default threads (1 MLP thread, 2 CNN threads) reporting every 10 ms, at the
   * normal CPU priority: tests train on their own threads, which a nice value would stay on.
   */
  public static RunTrainer trainer(DatasetService datasets) {
    return new ModelTrainer(datasets, new TrainingProperties(1, 2, 10, 100, 0, 2, 128));
  }

  /** Trains {@code request} and stores its model under {@code id}, as a worker does. */
  public static TrainedRun trainAndStore(
      RunTrainer trainer,
      TrainedModels models,
      UUID id,
      TrainingRequest request,
      ProgressSink sink) {
    TrainedRun run = trainer.train(id, request, sink);
    models.store(id, request.spec(), run.parameters());
    return run;
  }
}
