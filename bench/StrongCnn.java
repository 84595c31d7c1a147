/*
 * Fashion Lab "Strong CNN" benchmark: the preset trained as a worker trains it (DatasetService ->
 * ModelTrainer -> DJL) on all 60,000 training images, 10% held out for validation; prints each
 * epoch's seconds, validation accuracy and the machine's load, then the test accuracy and the
 * training's minutes. Goal (issue 17): test accuracy >= 0.93 in <= 15 minutes on 2 cores.
 *
 * Run with bench/strong-cnn. Options: -Depochs=N -Dlimit=N (training images, 0 for all)
 * -Dthreads=N (intra-op threads, default the application's CNN default) -Dseed=N
 * -Dschedule=COSINE|CONSTANT -Daugmentation=NONE|MIRROR|MIRROR_AND_SHIFT|MIRROR_AND_ERASE;
 * variants of the network: -Dfilters=32,64 (one conv block per number) -Ddense=256 -Ddropout=0.4
 * -Dbatch=128.
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.training.BatchProgress;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.ModelTrainer;
import org.fashionlab.training.ProgressSink;
import org.fashionlab.training.TestTrainers;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainedRun;
import org.fashionlab.training.TrainingPhase;
import org.fashionlab.training.TrainingProperties;
import org.fashionlab.training.TrainingRequest;
import org.fashionlab.training.TrainingStart;

public class StrongCnn {

  public static void main(String[] args) throws Exception {
    ModelSpec preset = variant(Presets.STRONG_CNN);
    TrainingSettings t = preset.training();
    TrainingSettings settings =
        t.withEpochs(Integer.getInteger("epochs", t.epochs()))
            .withBatchSize(Integer.getInteger("batch", t.batchSize()))
            .withTrainingLimit(Integer.getInteger("limit", t.trainingLimit()))
            .withSchedule(
                LearningRateSchedule.valueOf(System.getProperty("schedule", t.schedule().name())));
    settings =
        new TrainingSettings(
            settings.optimizer(),
            settings.learningRate(),
            settings.momentum(),
            settings.epochs(),
            settings.batchSize(),
            settings.validationSplit(),
            Integer.getInteger("seed", settings.seed()),
            settings.trainingLimit(),
            settings.earlyStoppingPatience(),
            settings.schedule(),
            Augmentation.valueOf(
                System.getProperty("augmentation", settings.augmentation().name())));
    DatasetService datasets = SharedDatasets.get();
    TrainedModels models = TestTrainers.models(Path.of("target/bench-data"));
    TrainingProperties defaults = TrainingProperties.defaults();
    int threads = Integer.getInteger("threads", defaults.cnnThreads());
    ModelTrainer trainer =
        new ModelTrainer(
            datasets,
            new TrainingProperties(
                defaults.mlpThreads(),
                threads,
                defaults.progressIntervalMillis(),
                defaults.lossPointsPerEpoch(),
                defaults.nice(),
                defaults.mlpLargeBatchThreads(),
                defaults.mlpLargeBatch()));
    System.out.println("network: " + preset.network());
    System.out.printf(
        Locale.ROOT,
        "Strong CNN: %d epochs, batch %d, %s at %s (%s), %d training images (augmentation: %s),"
            + " validation %.0f%%, seed %d, %d threads, %d cores, load %s%n",
        settings.epochs(),
        settings.batchSize(),
        settings.optimizer().label(),
        settings.learningRate(),
        settings.schedule().label(),
        settings.images(),
        settings.augmentation().label(),
        settings.validationSplit() * 100,
        settings.seed(),
        threads,
        Runtime.getRuntime().availableProcessors(),
        load());
    ProgressSink sink =
        new ProgressSink() {
          public void started(TrainingStart start) {}

          public void phase(TrainingPhase phase) {}

          public void batches(BatchProgress progress) {}

          public void epochEnded(EpochMetrics m) {
            System.out.printf(
                Locale.ROOT,
                "epoch %2d: %5.1f s, train loss %.4f, train acc %.4f, val loss %.4f,"
                    + " val acc %.4f, load %s%n",
                m.epoch(),
                m.seconds(),
                m.trainLoss(),
                m.trainAccuracy(),
                m.validationLoss(),
                m.validationAccuracy(),
                load());
          }

          public boolean stopRequested() {
            return false;
          }
        };
    UUID id = UUID.randomUUID();
    long start = System.nanoTime();
    TrainedRun run =
        TestTrainers.trainAndStore(
            trainer, models, id, TrainingRequest.of(preset.withTraining(settings), "bench"), sink);
    double wall = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "RESULT {\"testAccuracy\":%.4f,\"testLoss\":%.4f,\"trainingMinutes\":%.2f,"
            + "\"wallMinutes\":%.2f,\"epochs\":%d,\"load\":\"%s\"}%n",
        run.result().accuracy(),
        run.result().loss(),
        run.trainingSeconds() / 60,
        wall / 60,
        settings.epochs(),
        load());
    models.unload(id);
    models.delete(id);
    System.exit(0);
  }

  /** The preset with the -Dfilters, -Ddense and -Ddropout given, each block as the preset's. */
  static ModelSpec variant(ModelSpec preset) {
    CnnSpec cnn = (CnnSpec) preset.network();
    ConvBlockSpec block = cnn.convBlocks().get(0);
    List<ConvBlockSpec> blocks =
        System.getProperty("filters") == null
            ? cnn.convBlocks()
            : Arrays.stream(System.getProperty("filters").split(","))
                .map(f -> new ConvBlockSpec(Integer.parseInt(f.trim()), block.kernel(),
                    block.stride(), block.padding(), block.activation(), block.pooling(),
                    block.poolSize(), block.batchNorm()))
                .toList();
    List<Integer> dense =
        System.getProperty("dense") == null
            ? cnn.denseLayers()
            : List.of(Integer.getInteger("dense"));
    double dropout = Double.parseDouble(System.getProperty("dropout", "" + cnn.dropout()));
    return preset.withNetwork(new CnnSpec(blocks, dense, cnn.denseActivation(), dropout));
  }

  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }
}
