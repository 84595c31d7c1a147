/*
 * Fashion Lab training benchmark: the application's own training path (DatasetService ->
 * TrainingService -> DJL) on the full 60,000 training images, one epoch per run, evaluated on the
 * 10,000 test images. Run with bench/run (it builds the classpath).
 */
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fashionlab.dataset.DatasetProperties;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.storage.StorageProperties;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainingEvent;
import org.fashionlab.training.TrainingProperties;
import org.fashionlab.training.TrainingService;

public class TrainingBenchmark {

  record Row(String model, int batch, int threads, double seconds, double imagesPerSecond, float accuracy) {}

  public static void main(String[] args) throws Exception {
    List<Integer> batches = List.of(32, 128);
    int mlpThreads = Integer.getInteger("mlpThreads", 1);
    int cnnThreads = Integer.getInteger("cnnThreads", 2);
    DatasetService datasets =
        new DatasetService(
            new DatasetProperties(
                null, Path.of("/usr/share/datasets/fashion-mnist"), Path.of("target/fashion-mnist"), false));
    TrainedModels models =
        new TrainedModels(
            new StorageProperties(Path.of("target/bench-data"), Path.of("target/bench-uploads"), 600),
            new com.fasterxml.jackson.databind.ObjectMapper());
    TrainingService service =
        new TrainingService(datasets, models, new TrainingProperties(mlpThreads, cnnThreads, 1000, 10, 50));

    // Warm-up: engine start, data load, JIT.
    run(service, settings(Presets.COURSE_MLP, 32).withTrainingLimit(5_000), Presets.COURSE_MLP);
    run(service, settings(Presets.COURSE_CNN, 32).withTrainingLimit(2_000), Presets.COURSE_CNN);

    System.out.printf("%nmodel        batch  threads  s/epoch  images/s  test acc%n");
    for (ModelSpec preset : List.of(Presets.COURSE_MLP, Presets.COURSE_CNN)) {
      for (int batch : batches) {
        TrainingEvent.Finished finished = run(service, settings(preset, batch), preset);
        EpochMetrics epoch = service.job(finished.jobId()).orElseThrow().snapshot().epochs().get(0);
        int threads = preset == Presets.COURSE_MLP ? mlpThreads : cnnThreads;
        System.out.printf(
            Locale.ROOT,
            "%-12s %5d  %7d  %7.2f  %8.0f  %8.4f%n",
            preset.name(), batch, threads, epoch.seconds(), 60_000 / epoch.seconds(),
            finished.result().accuracy());
        models.delete(finished.jobId());
      }
    }
    System.exit(0);
  }

  private static TrainingSettings settings(ModelSpec preset, int batch) {
    TrainingSettings t = preset.training();
    return new TrainingSettings(t.optimizer(), t.learningRate(), t.momentum(), 1, batch, 0, 42, 0, 0);
  }

  private static TrainingEvent.Finished run(TrainingService service, TrainingSettings settings, ModelSpec preset)
      throws Exception {
    CompletableFuture<TrainingEvent> end = new CompletableFuture<>();
    var job = service.submit(preset.withTraining(settings));
    try (var watch = job.watch(e -> {
      if (e instanceof TrainingEvent.Finished || e instanceof TrainingEvent.Failed || e instanceof TrainingEvent.Cancelled) {
        end.complete(e);
      }
    })) {
      if (watch.snapshot().finished() != null) {
        end.complete(watch.snapshot().finished());
      }
      TrainingEvent result = end.get(30, TimeUnit.MINUTES);
      if (result instanceof TrainingEvent.Finished finished) {
        return finished;
      }
      throw new IllegalStateException("benchmark run did not finish: " + result);
    }
  }
}
