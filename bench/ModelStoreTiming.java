/*
 * Fashion Lab: how long a node takes to store a trained model in the database and to load it back
 * into DJL for prediction (the first prediction after a cache miss), on the embedded H2 file
 * database and on PostgreSQL, for the course CNN (2.8 MB) and a 24-million-parameter MLP (97 MB,
 * the budget's largest). Median and range of 5 repetitions each.
 *
 * Run with bench/model-store. Options: -Dreps=5 -Ddb=jdbc:postgresql://127.0.0.1:5432/postgres
 */
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.storage.StorageProperties;
import org.fashionlab.training.ModelStore;
import org.fashionlab.training.TrainedModels;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

public class ModelStoreTiming {

  public static void main(String[] args) throws Exception {
    int reps = Integer.getInteger("reps", 5);
    String server = System.getProperty("db", "jdbc:postgresql://127.0.0.1:5432/postgres");
    Path dir = Files.createDirectories(Path.of("target/bench-model-store"));
    float[] image = SharedDatasets.get().input(Split.TEST, 0);
    ModelSpec bigMlp =
        Presets.COURSE_MLP
            .withName("big MLP")
            .withNetwork(new MlpSpec(List.of(4096, 4096, 1024), ActivationKind.RELU, 0.0));
    System.out.printf("load average before: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    for (String db : List.of("h2", "postgresql")) {
      DataSource source =
          db.equals("h2")
              ? new DriverManagerDataSource(
                  "jdbc:h2:file:" + dir.toAbsolutePath().resolve("store-" + UUID.randomUUID()) + ";DB_CLOSE_DELAY=-1",
                  "sa",
                  "")
              : postgres(server);
      Flyway.configure()
          .dataSource(source)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + db)
          .load()
          .migrate();
      // A cache of 1 MB: every prediction below loads its model from the database.
      TrainedModels models =
          new TrainedModels(
              new StorageProperties(dir, dir.resolve("uploads"), 1),
              new ObjectMapper(),
              new ModelStore(new JdbcTemplate(source)));
      for (ModelSpec spec : List.of(Presets.COURSE_CNN, bigMlp)) {
        byte[] parameters = parameters(spec);
        List<Double> store = new ArrayList<>();
        List<Double> load = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
          UUID id = UUID.randomUUID();
          long t0 = System.nanoTime();
          models.store(id, spec, parameters);
          long t1 = System.nanoTime();
          models.predict(id, List.of(image)); // a cache miss: read, build, load, predict
          long t2 = System.nanoTime();
          store.add((t1 - t0) / 1e6);
          load.add((t2 - t1) / 1e6);
          models.delete(id);
        }
        System.out.printf(
            Locale.ROOT,
            "%s, %s (%,d bytes): store median %.0f ms [%.0f-%.0f], load and first prediction"
                + " median %.0f ms [%.0f-%.0f]%n",
            db,
            spec.name(),
            parameters.length,
            median(store),
            min(store),
            max(store),
            median(load),
            min(load),
            max(load));
      }
      models.closeAll();
    }
    System.out.printf("load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    System.exit(0);
  }

  /** DJL's parameter file of the spec's network, freshly initialised. */
  static byte[] parameters(ModelSpec spec) throws Exception {
    Path dir = Files.createTempDirectory("model-store-bench");
    try (Model model = Model.newInstance(spec.name(), "PyTorch")) {
      Block block = BlockFactory.build(spec.network());
      model.setBlock(block);
      block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
      model.save(dir, "model");
      try (var files = Files.list(dir)) {
        return Files.readAllBytes(files.findFirst().orElseThrow());
      }
    }
  }

  static DataSource postgres(String server) throws Exception {
    try (Connection c = DriverManager.getConnection(server, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS fashionlab_store_bench WITH (FORCE)");
      s.execute("CREATE DATABASE fashionlab_store_bench");
    }
    return new DriverManagerDataSource(
        server.substring(0, server.lastIndexOf('/') + 1) + "fashionlab_store_bench",
        "postgres",
        "");
  }

  static double median(List<Double> v) {
    List<Double> s = v.stream().sorted().toList();
    return s.get(s.size() / 2);
  }

  static double min(List<Double> v) {
    return v.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
  }

  static double max(List<Double> v) {
    return v.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
  }
}
