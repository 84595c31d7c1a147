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
 * Each cell's samples: the median, the spread ((max - min) / median), the 1-minute load average
 * when each run started, and the ratio of each adjacent (ours, PyTorch) pair, whose median is less
 * sensitive to this VM's drift than the ratio of the medians. A cell whose PyTorch runs spread by
 * more than -Drerun.spread (20%) is run again, up to -Dreruns times, and the new samples replace it.
 *
 * Options: -Dreps=5 -Dbatches=32,128,256 -Dmodels=mlp,cnn -Dpeer=true -Dextras=true -Dseed=42
 *          -Dreruns=1 -Drerun.spread=0.2
 *          -Dpeer.profile=true (the peer prints its time per step phase, as the app logs its own)
 *          -Dops=N (before the timed runs, profiled runs per side and cell over steps 200 to
 *          200+N: libtorch's profiler through DJL's JniUtils.startProfile on our side, the peer's
 *          torch.profiler; -Dops.reps=3 runs a side, alternating; -Dops.shapes=true records
 *          shapes; bench/op_table.py turns them into one table, the least over the runs)
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
import ai.djl.pytorch.jni.JniUtils;

public class TrainingBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, ModelSpec> PRESETS =
      Map.of("mlp", Presets.COURSE_MLP, "cnn", Presets.COURSE_CNN);
  static final int SEED = Integer.getInteger("seed", 42);
  /** Profiled steps per cell (-Dops), starting at step OPS_FROM of the epoch, past its warm-up. */
  static final int OPS = Integer.getInteger("ops", 0);
  static final int OPS_FROM = 200;

  record Sample(double seconds, double testAccuracy, double load) {}

  record Cell(String model, int batch, List<Sample> ours, List<Sample> peer, int[] reruns) {}

  static ModelTrainer trainer;

  /** A finished benchmark training: its run id, result and first epoch's metrics. */
  record Trained(UUID id, TrainedRun run, EpochMetrics firstEpoch) {}
  static TrainedModels models;
  static DatasetService datasets;
  static final AtomicLong peakRssKb = new AtomicLong();

  public static void main(String[] args) throws Exception {
    int reps = Integer.getInteger("reps", 5);
    int reruns = Integer.getInteger("reruns", 1);
    double rerunSpread = Double.parseDouble(System.getProperty("rerun.spread", "0.2"));
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
    TrainingProperties defaults = TrainingProperties.defaults();
    // -DmlpThreads=N: an MLP on N threads at every batch size (default: as the application).
    Integer mlpThreads = Integer.getInteger("mlpThreads");
    TrainingProperties properties =
        new TrainingProperties(
            mlpThreads != null ? mlpThreads : defaults.mlpThreads(),
            Integer.getInteger("cnnThreads", defaults.cnnThreads()),
            defaults.progressIntervalMillis(),
            defaults.lossPointsPerEpoch(),
            Integer.getInteger("nice", 0), // the peer's priority, unless -Dnice=10 as the app runs
            mlpThreads != null ? mlpThreads : defaults.mlpLargeBatchThreads(),
            defaults.mlpLargeBatch());
    trainer = new ModelTrainer(datasets, properties);
    startRssSampler();

    System.out.printf("machine: %s, %d cores; %s%n", cpuModel(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    System.out.printf("application threads: MLP %d (%d from batch %d), CNN %d, nice %d; native libraries: %s%n",
        properties.mlpThreads(), properties.mlpLargeBatchThreads(), properties.mlpLargeBatch(), properties.cnnThreads(), properties.nice(), System.getenv().getOrDefault("LD_PRELOAD", "glibc") + " "
            + System.getenv().getOrDefault("MALLOC_CONF", ""));
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
        cells.add(new Cell(key, batch, new ArrayList<>(), new ArrayList<>(), new int[1]));
      }
    }
    if (OPS > 0) {
      int opsReps = Integer.getInteger("ops.reps", 3);
      for (Cell cell : cells) {
        String name = "target/ops-%s-b%d".formatted(cell.model, cell.batch);
        for (int rep = 1; rep <= opsReps; rep++) {
          if (rep % 2 == 0 && peer != null) {
            peer.profile(cell.model, cell.batch, name + "-pytorch-" + rep + ".json");
          }
          discard(train(settings(PRESETS.get(cell.model), cell.batch), PRESETS.get(cell.model),
              name + "-ours-" + rep + ".json"));
          if (rep % 2 == 1 && peer != null) {
            peer.profile(cell.model, cell.batch, name + "-pytorch-" + rep + ".json");
          }
        }
        System.out.printf("operator profile, %s b%d: %d runs a side, %s-{ours,pytorch}-N.json%n",
            cell.model, cell.batch, opsReps, name);
      }
    }
    for (Cell cell : cells) {
      measure(cell, reps, peer);
      for (int again = 0; again < reruns && peer != null && spread(cell.peer) > rerunSpread; again++) {
        System.out.printf(Locale.ROOT, "  %s b%d: PyTorch's runs spread by %.0f%%, running the cell again%n",
            cell.model, cell.batch, 100 * spread(cell.peer));
        cell.ours.clear();
        cell.peer.clear();
        cell.reruns[0]++;
        measure(cell, reps, peer);
      }
    }
    if (reps > 0) {
      printTable(cells, peer != null);
    }
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

  /** Alternates the two sides, {@code reps} times; which side goes first alternates too. */
  static void measure(Cell cell, int reps, Peer peer) throws Exception {
    for (int rep = 0; rep < reps; rep++) {
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

  /** (max - min) / median of the samples' seconds; 0 for fewer than two. */
  static double spread(List<Sample> samples) {
    if (samples.size() < 2) {
      return 0;
    }
    double[] s = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
    return (s[s.length - 1] - s[0]) / median(s);
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
    System.out.printf("%n| model | batch | ours s/epoch (spread) | PyTorch s/epoch (spread) | ratio of medians | paired ratios min / median / max | ours test acc | PyTorch test acc | load at start min-max | runs (ours / PyTorch) |%n");
    System.out.printf("|---|---|---|---|---|---|---|---|---|---|%n");
    for (Cell c : cells) {
      double ours = median(c.ours.stream().mapToDouble(Sample::seconds).toArray());
      double oursAcc = median(c.ours.stream().mapToDouble(Sample::testAccuracy).toArray());
      String peer = "-", ratio = "-", paired = "-", peerAcc = "-";
      if (withPeer) {
        double p = median(c.peer.stream().mapToDouble(Sample::seconds).toArray());
        peer = String.format(Locale.ROOT, "%.2f (%.0f%%)", p, 100 * spread(c.peer));
        ratio = String.format(Locale.ROOT, "%.2f", ours / p);
        double[] pairs = new double[c.ours.size()];
        for (int i = 0; i < pairs.length; i++) {
          pairs[i] = c.ours.get(i).seconds() / c.peer.get(i).seconds();
        }
        double[] sorted = pairs.clone();
        Arrays.sort(sorted);
        paired = String.format(Locale.ROOT, "%.2f / %.2f / %.2f", sorted[0], median(pairs), sorted[sorted.length - 1]);
        peerAcc = String.format(Locale.ROOT, "%.4f",
            median(c.peer.stream().mapToDouble(Sample::testAccuracy).toArray()));
      }
      double[] loads = java.util.stream.Stream.concat(c.ours.stream(), c.peer.stream())
          .mapToDouble(Sample::load).sorted().toArray();
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f (%.0f%%) | %s | %s | %s | %.4f | %s | %.1f-%.1f | %s / %s%s |%n",
          PRESETS.get(c.model).name(), c.batch, ours, 100 * spread(c.ours), peer, ratio, paired, oursAcc, peerAcc,
          loads[0], loads[loads.length - 1], seconds(c.ours), seconds(c.peer),
          c.reruns[0] > 0 ? " (cell run " + (c.reruns[0] + 1) + " times)" : "");
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
    return train(settings, preset, null);
  }

  /**
   * Trains on this thread, as a worker's training thread does; with {@code opsFile}, libtorch's
   * profiler records steps OPS_FROM to OPS_FROM + OPS into that Chrome trace. The sink is asked
   * whether to stop once after every step, on the training thread, where the profiler must run.
   */
  static Trained train(TrainingSettings settings, ModelSpec preset, String opsFile) {
    UUID id = UUID.randomUUID();
    int[] steps = {0};
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
            if (opsFile != null) {
              steps[0]++;
              if (steps[0] == OPS_FROM) {
                JniUtils.startProfile(false, Boolean.getBoolean("ops.shapes"), false);
              } else if (steps[0] == OPS_FROM + OPS) {
                JniUtils.stopProfile(opsFile);
              }
            }
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
      // Plain PyTorch: its own allocator (glibc), not the application's preloaded jemalloc.
      builder.environment().remove("LD_PRELOAD");
      builder.environment().remove("MALLOC_CONF");
      builder.environment().put("LD_LIBRARY_PATH", System.getProperty("peer.blas",
          "/usr/lib/x86_64-linux-gnu/openblas-openmp"));
      builder.environment().put("PEER_THREADS", System.getProperty("peer.threads", "2"));
      builder.environment().put("PEER_PROFILE", Boolean.getBoolean("peer.profile") ? "1" : "0");
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
      return new Peer(builder.start());
    }

    /** One profiled epoch: the peer writes its operator table to {@code file}. */
    void profile(String model, int batch, String file) throws IOException {
      in.println(model + " " + batch + " " + SEED + " " + OPS_FROM + " " + OPS + " " + file);
      readLine();
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
