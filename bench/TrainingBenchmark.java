/*
 * Fashion Lab training benchmark, side by side with plain PyTorch in Python.
 *
 * For each course preset and batch size: one epoch on all 60,000 training images through the
 * application's own training path (DatasetService -> ModelTrainer -> DJL, as a worker runs it),
 * then the same model, optimizer and data in plain PyTorch (bench/pytorch_peer.py, a child
 * process), alternating which goes first, repeated -Dreps times; prints the medians.
 * Then: single-image prediction latency, peak RSS while training, RSS over 20 short trainings.
 *
 * Run with bench/run (it builds the classpath and installs the Python peer's packages).
 * Options: -Dreps=2 -Dbatches=32,128,256 -Dmodels=mlp,cnn -Dpeer=true -Dextras=true -Dseed=42
 *          -Dpeer.profile=true (the peer prints its time per step phase, as the app logs its own)
 *          -DmlpThreads=N -DcnnThreads=N (default: the application's defaults).
 */
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fashionlab.budget.BudgetProperties;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.dataset.DatasetProperties;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.TestTrainers;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.BatchProgress;
import org.fashionlab.training.ModelTrainer;
import org.fashionlab.training.ProgressSink;
import org.fashionlab.training.TrainedRun;
import org.fashionlab.training.TrainingPhase;
import org.fashionlab.training.TrainingProperties;
import org.fashionlab.training.TrainingRequest;
import org.fashionlab.training.TrainingStart;

public class TrainingBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, ModelSpec> PRESETS =
      Map.of("mlp", Presets.COURSE_MLP, "cnn", Presets.COURSE_CNN);
  static final int SEED = Integer.getInteger("seed", 42);

  record Sample(double seconds, double testAccuracy, double load) {}

  record Cell(String model, int batch, List<Sample> ours, List<Sample> peer) {}

  static ModelTrainer trainer;

  /** A finished benchmark training: its run id, result and first epoch's metrics. */
  record Trained(UUID id, TrainedRun run, EpochMetrics firstEpoch) {}
  static TrainedModels models;
  static DatasetService datasets;
  static final AtomicLong peakRssKb = new AtomicLong();

  public static void main(String[] args) throws Exception {
    int reps = Integer.getInteger("reps", 2);
    List<Integer> batches =
        Arrays.stream(System.getProperty("batches", "32,128,256").split(","))
            .map(Integer::parseInt)
            .toList();
    List<String> modelKeys = List.of(System.getProperty("models", "mlp,cnn").split(","));
    boolean withPeer = Boolean.parseBoolean(System.getProperty("peer", "true"));
    boolean extras = Boolean.parseBoolean(System.getProperty("extras", "true"));

    datasets =
        new DatasetService(
            new DatasetProperties(
                null, Path.of("/usr/share/datasets/fashion-mnist"), Path.of("target/fashion-mnist"), false));
    // Models in an in-memory H2 database migrated as the app's own (the tests' fixture).
    models = TestTrainers.models(Path.of("target/bench-data"));
    TrainingProperties defaults = new TrainingProperties(1, 2, 200, 100);
    TrainingProperties properties =
        new TrainingProperties(
            Integer.getInteger("mlpThreads", defaults.mlpThreads()),
            Integer.getInteger("cnnThreads", defaults.cnnThreads()),
            defaults.progressIntervalMillis(),
            defaults.lossPointsPerEpoch());
    trainer = new ModelTrainer(datasets, properties);
    startRssSampler();

    System.out.printf("machine: %s, %d cores; %s%n", cpuModel(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    System.out.printf("application threads: MLP %d, CNN %d%n", properties.mlpThreads(), properties.cnnThreads());
    Peer peer = withPeer ? Peer.start() : null;
    if (peer != null) {
      System.out.println("peer: " + peer.header);
    }

    // Warm-up: engine start, data load, JIT.
    for (String key : modelKeys) {
      discard(train(settings(PRESETS.get(key), 32).withTrainingLimit(4_000), PRESETS.get(key)));
    }

    List<Cell> cells = new ArrayList<>();
    for (String key : modelKeys) {
      for (int batch : batches) {
        cells.add(new Cell(key, batch, new ArrayList<>(), new ArrayList<>()));
      }
    }
    for (int rep = 0; rep < reps; rep++) {
      for (Cell cell : cells) {
        boolean oursFirst = rep % 2 == 0;
        if (oursFirst) {
          cell.ours.add(ours(cell.model, cell.batch));
        }
        if (peer != null) {
          cell.peer.add(peer.train(cell.model, cell.batch));
        }
        if (!oursFirst) {
          cell.ours.add(ours(cell.model, cell.batch));
        }
        System.out.printf(Locale.ROOT, "  rep %d %-3s b%-3d ours %s  peer %s%n", rep + 1, cell.model, cell.batch,
            last(cell.ours), cell.peer.isEmpty() ? "-" : last(cell.peer));
      }
    }
    printTable(cells, peer != null);
    long trainingPeakMb = peakRssKb.get() / 1024;
    if (peer != null) {
      peer.close();
    }
    if (extras) {
      System.out.printf("%npeak RSS of this JVM while training: %d MB%n", trainingPeakMb);
      for (String key : modelKeys) {
        predictionLatency(PRESETS.get(key));
      }
      rssOverShortTrainings(20);
    }
    System.exit(0);
  }

  static Sample ours(String key, int batch) throws Exception {
    ModelSpec preset = PRESETS.get(key);
    double load = loadAverage();
    Trained trained = train(settings(preset, batch), preset);
    discard(trained);
    return new Sample(trained.firstEpoch().seconds(), trained.run().result().accuracy(), load);
  }

  static String last(List<Sample> samples) {
    Sample s = samples.get(samples.size() - 1);
    return String.format(Locale.ROOT, "%6.2f s acc %.4f (load %.1f)", s.seconds, s.testAccuracy, s.load);
  }

  static void printTable(List<Cell> cells, boolean withPeer) {
    System.out.printf("%n| model | batch | ours s/epoch | PyTorch s/epoch | ratio | ours test acc | PyTorch test acc | runs (ours / PyTorch) |%n");
    System.out.printf("|---|---|---|---|---|---|---|---|%n");
    for (Cell c : cells) {
      double ours = median(c.ours.stream().mapToDouble(Sample::seconds).toArray());
      double oursAcc = median(c.ours.stream().mapToDouble(Sample::testAccuracy).toArray());
      String peer = "-", ratio = "-", peerAcc = "-";
      if (withPeer) {
        double p = median(c.peer.stream().mapToDouble(Sample::seconds).toArray());
        peer = String.format(Locale.ROOT, "%.2f", p);
        ratio = String.format(Locale.ROOT, "%.2f", ours / p);
        peerAcc = String.format(Locale.ROOT, "%.4f",
            median(c.peer.stream().mapToDouble(Sample::testAccuracy).toArray()));
      }
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %s | %s | %.4f | %s | %s / %s |%n",
          PRESETS.get(c.model).name(), c.batch, ours, peer, ratio, oursAcc, peerAcc,
          seconds(c.ours), seconds(c.peer));
    }
  }

  static String seconds(List<Sample> samples) {
    return samples.stream().map(s -> String.format(Locale.ROOT, "%.2f", s.seconds)).toList().toString();
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** One image at a time through TrainedModels.predict, as the Classify page and REST API call it. */
  static void predictionLatency(ModelSpec preset) throws Exception {
    Trained finished = train(settings(preset, 128).withTrainingLimit(6_000), preset);
    UUID id = finished.id();
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int[] pixels = datasets.pixels(Split.TEST, i);
      float[] image = new float[pixels.length];
      for (int p = 0; p < pixels.length; p++) {
        image[p] = pixels[p] / 255f;
      }
      images.add(image);
    }
    for (int i = 0; i < 500; i++) {
      models.predict(id, List.of(images.get(i % images.size())));
    }
    int n = 3000;
    double[] micros = new double[n];
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      models.predict(id, List.of(images.get(i % images.size())));
      micros[i] = (System.nanoTime() - start) / 1e3;
    }
    Arrays.sort(micros);
    System.out.printf(Locale.ROOT, "single-image prediction, %s: p50 %.3f ms, p99 %.3f ms (%d calls after 500 warm-up)%n",
        preset.name(), micros[n / 2] / 1e3, micros[(int) (n * 0.99)] / 1e3, n);
    discard(finished);
  }

  /** Short trainings one after another: RSS must level off, not climb (native leaks show here). */
  static void rssOverShortTrainings(int count) throws Exception {
    List<Long> rss = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ModelSpec preset = i % 2 == 0 ? Presets.COURSE_MLP : Presets.COURSE_CNN;
      discard(train(settings(preset, 64).withTrainingLimit(3_000), preset));
      System.gc();
      rss.add(rssKb() / 1024);
    }
    System.out.printf("RSS after each of %d short trainings (MLP/CNN alternating, 3,000 images), MB: %s%n", count, rss);
    System.out.printf("RSS growth from training 2 to training %d: %+d MB%n", count, rss.get(count - 1) - rss.get(1));
  }

  static TrainingSettings settings(ModelSpec preset, int batch) {
    TrainingSettings t = preset.training();
    return new TrainingSettings(t.optimizer(), t.learningRate(), t.momentum(), 1, batch, 0, SEED, 0, 0);
  }

  static void discard(Trained trained) {
    models.unload(trained.id());
    models.delete(trained.id());
  }

  /** Trains on this thread, as a worker's training thread does. */
  static Trained train(TrainingSettings settings, ModelSpec preset) {
    UUID id = UUID.randomUUID();
    List<EpochMetrics> epochs = new ArrayList<>();
    ProgressSink sink =
        new ProgressSink() {
          public void started(TrainingStart start) {}

          public void phase(TrainingPhase phase) {}

          public void batches(BatchProgress progress) {}

          public void epochEnded(EpochMetrics metrics) {
            epochs.add(metrics);
          }

          public boolean stopRequested() {
            return false;
          }
        };
    TrainedRun run =
        TestTrainers.trainAndStore(
            trainer, models, id, TrainingRequest.of(preset.withTraining(settings), "bench"), sink);
    return new Trained(id, run, epochs.get(0));
  }

  static void startRssSampler() {
    Thread sampler = new Thread(() -> {
      while (true) {
        peakRssKb.accumulateAndGet(rssKb(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "rss-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException e) {
      // not Linux: no RSS figures
    }
    return 0;
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  /** The plain PyTorch peer: a Python child process answering one JSON line per request. */
  static final class Peer implements AutoCloseable {
    final Process process;
    final PrintWriter in;
    final BufferedReader out;
    final String header;

    private Peer(Process process) throws IOException {
      this.process = process;
      this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.header = readLine();
    }

    static Peer start() throws IOException {
      ProcessBuilder builder = new ProcessBuilder(
          System.getProperty("peer.python", "/usr/bin/python3"), "bench/pytorch_peer.py");
      builder.environment().put("LD_LIBRARY_PATH", System.getProperty("peer.blas",
          "/usr/lib/x86_64-linux-gnu/openblas-openmp"));
      builder.environment().put("PEER_THREADS", System.getProperty("peer.threads", "2"));
      builder.environment().put("PEER_PROFILE", Boolean.getBoolean("peer.profile") ? "1" : "0");
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      return new Peer(builder.start());
    }

    Sample train(String model, int batch) throws IOException {
      double load = loadAverage();
      in.println(model + " " + batch + " " + SEED);
      JsonNode answer = JSON.readTree(readLine());
      return new Sample(answer.get("seconds").asDouble(), answer.get("test_accuracy").asDouble(), load);
    }

    private String readLine() throws IOException {
      String line = out.readLine();
      if (line == null) {
        throw new IOException("the PyTorch peer stopped; see its error output above");
      }
      return line;
    }

    @Override
    public void close() {
      in.close();
      process.destroy();
    }
  }
}
