package org.fashionlab.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.fashionlab.budget.BudgetProperties;
import org.fashionlab.budget.BudgetSpecs;
import org.fashionlab.budget.ComputeBudget;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.dataset.DatasetProperties;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.PaddingKind;
import org.fashionlab.model.PoolingKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.springframework.util.unit.DataSize;

/**
 * One training in a fresh JVM, measured from /proc/self/status: loads the dataset and the engine,
 * trains a tiny warm-up network, records the resting RSS, resets the peak (VmHWM, through
 * /proc/self/clear_refs), trains the chosen network for about ten batches plus its test evaluation
 * through the application's own path (ModelTrainer, DJL), and records the peak, the RSS with the
 * trained model still loaded and the RSS after deleting it. Prints one line of JSON with the
 * compute budget's estimate beside the measured figures. {@link PeakMemoryTest} runs it for small
 * networks; bench/memory for large ones and under several allocators.
 *
 * <p>Options: -Dspec=tiny|course-mlp|course-cnn|strong-cnn|big-mlp|big-mlp-rmsprop|big-mlp-sgd|
 * big-cnn|huge-mlp, -Dsteps=10, -Dlabel=glibc (a name for the allocator settings of the run).
 */
public final class PeakMemoryProbe {

  private PeakMemoryProbe() {}

  /** The networks measured, by name. */
  static final Map<String, ModelSpec> SPECS =
      Map.of(
          "tiny", mlp("tiny MLP", List.of(8), OptimizerKind.ADAM, 32),
          "course-mlp", Presets.COURSE_MLP,
          "course-cnn", Presets.COURSE_CNN,
          "strong-cnn", BudgetSpecs.strongCnn(),
          "big-mlp", mlp("big MLP", List.of(4096, 4096, 1024), OptimizerKind.ADAM, 128),
          "big-mlp-rmsprop",
              mlp("big MLP RMSprop", List.of(4096, 4096, 1024), OptimizerKind.RMSPROP, 128),
          "big-mlp-sgd", mlp("big MLP SGD", List.of(4096, 4096, 1024), OptimizerKind.SGD, 128),
          "big-cnn",
              cnn(
                  "big CNN",
                  List.of(
                      new ConvBlockSpec(
                          64,
                          3,
                          1,
                          PaddingKind.SAME,
                          ActivationKind.RELU,
                          PoolingKind.NONE,
                          2,
                          true),
                      block(128, 3, PaddingKind.SAME, true)),
                  List.of(256),
                  0,
                  OptimizerKind.ADAM,
                  256),
          "huge-mlp", BudgetSpecs.hugeMlp());

  public static void main(String[] args) throws Exception {
    String key = System.getProperty("spec", "course-mlp");
    int steps = Integer.getInteger("steps", 10);
    ModelSpec base = SPECS.get(key);
    TrainingSettings t = base.training();
    ModelSpec spec =
        base.withTraining(t.withEpochs(1).withTrainingLimit(Math.max(100, steps * t.batchSize())));
    Path data = Files.createTempDirectory("fl-memory-bench");
    DatasetService datasets =
        new DatasetService(
            new DatasetProperties(
                null,
                Path.of("/usr/share/datasets/fashion-mnist"),
                Path.of("target/fashion-mnist"),
                false));
    // No limits here: the benchmark measures what the limits are set from.
    ComputeBudgets unlimited =
        new ComputeBudgets(new BudgetProperties(Long.MAX_VALUE, DataSize.ofTerabytes(1), 1e18));
    unlimited.require(spec);
    RunTrainer trainer = new ModelTrainer(datasets, TrainingProperties.defaults());

    UUID warmUp = UUID.randomUUID();
    train(
        trainer,
        warmUp,
        mlp("warm-up", List.of(8), OptimizerKind.ADAM, 32)
            .withTraining(
                TrainingSettings.of(OptimizerKind.ADAM, 0.001, 1, 32).withTrainingLimit(200)));
    settle();
    long baseline = status("VmRSS");
    long baselineHeap = Runtime.getRuntime().totalMemory();
    boolean reset = resetPeak();
    AtomicLong sampled = sampleRss();
    long start = System.nanoTime();
    UUID id = UUID.randomUUID();
    String status = train(trainer, id, spec);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = reset ? status("VmHWM") : sampled.get();
    settle();
    long afterTraining = status("VmRSS");
    settle();
    long afterDelete = status("VmRSS");
    long afterDeleteHeap = Runtime.getRuntime().totalMemory();
    Thread.sleep(Long.getLong("idleMillis", 15_000));
    System.gc();
    long afterIdle = status("VmRSS");
    if (Boolean.getBoolean("dump")) {
      // What DJL still holds: every manager and array not closed, from the engine's root down.
      ((ai.djl.ndarray.BaseNDManager)
              ai.djl.engine.Engine.getEngine("PyTorch").newBaseManager().getParentManager())
          .debugDump(0);
    }
    if (Boolean.getBoolean("nmt")) {
      // With -XX:NativeMemoryTracking=summary: what of the resting RSS is the JVM's own.
      new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
              String.valueOf(ProcessHandle.current().pid()),
              "VM.native_memory",
              "summary")
          .inheritIO()
          .start()
          .waitFor();
    }
    ComputeBudget budget = ComputeBudget.of(spec);
    System.out.printf(
        "RESULT {\"spec\":\"%s\",\"label\":\"%s\",\"status\":\"%s\",\"parameters\":%d,"
            + "\"estimateMb\":%d,\"parameterMb\":%d,\"activationMb\":%d,\"evaluationMb\":%d,"
            + "\"baselineMb\":%d,\"peakMb\":%d,\"deltaMb\":%d,\"afterTrainingMb\":%d,"
            + "\"afterDeleteMb\":%d,\"afterIdleMb\":%d,\"heapMb\":[%d,%d],\"seconds\":%.1f,"
            + "\"peakFrom\":\"%s\"}%n",
        key,
        System.getProperty("label", "glibc"),
        status,
        budget.parameters(),
        budget.peakBytes() >> 20,
        budget.parameterBytes() >> 20,
        budget.activationBytes() >> 20,
        budget.evaluationBytes() >> 20,
        baseline >> 20,
        peak >> 20,
        (peak - baseline) >> 20,
        afterTraining >> 20,
        afterDelete >> 20,
        afterIdle >> 20,
        baselineHeap >> 20,
        afterDeleteHeap >> 20,
        seconds,
        reset ? "VmHWM" : "sampled");
    System.exit("FINISHED".equals(status) ? 0 : 1);
  }

  static ModelSpec mlp(String name, List<Integer> layers, OptimizerKind optimizer, int batch) {
    return new ModelSpec(
        name,
        new MlpSpec(layers, ActivationKind.RELU, 0),
        TrainingSettings.of(optimizer, 0.001, 1, batch));
  }

  static ConvBlockSpec block(int filters, int kernel, PaddingKind padding, boolean batchNorm) {
    return new ConvBlockSpec(
        filters, kernel, 1, padding, ActivationKind.RELU, PoolingKind.MAX, 2, batchNorm);
  }

  static ModelSpec cnn(
      String name,
      List<ConvBlockSpec> blocks,
      List<Integer> dense,
      double dropout,
      OptimizerKind optimizer,
      int batch) {
    return new ModelSpec(
        name,
        new CnnSpec(blocks, dense, ActivationKind.RELU, dropout),
        TrainingSettings.of(optimizer, 0.001, 1, batch));
  }

  /** Trains {@code spec} as run {@code id} on this thread; "FINISHED" or "FAILED". */
  static String train(RunTrainer trainer, UUID id, ModelSpec spec) {
    try {
      trainer.train(id, TrainingRequest.of(spec, "probe"), new RecordingSink());
      return "FINISHED";
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      return "FAILED";
    }
  }

  /** Lets the collectors and the allocator settle before RSS is read. */
  static void settle() throws InterruptedException {
    System.gc();
    Thread.sleep(2000);
    System.gc();
    Thread.sleep(1000);
  }

  /** Resets VmHWM to the current RSS (Linux 4.0+); false where that is not allowed. */
  static boolean resetPeak() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static AtomicLong sampleRss() {
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (true) {
                peak.accumulateAndGet(status("VmRSS"), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-sampler");
    sampler.setDaemon(true);
    sampler.start();
    return peak;
  }

  /** A field of /proc/self/status in bytes. */
  static long status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return 0;
  }
}
