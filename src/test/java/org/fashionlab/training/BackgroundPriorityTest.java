package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trainings at a lower CPU priority, checked on the threads the kernel sees. */
class BackgroundPriorityTest {

  @BeforeAll
  static void linux() {
    assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "per-thread nice values: Linux");
    Engine.getEngine("PyTorch"); // libtorch loaded here: the threads it starts do not count below
  }

  /** Runs {@code work} on a thread of its own (a raised nice value cannot be taken back). */
  private static <T> T onFreshThread(Callable<T> work) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(work).get();
    } finally {
      thread.shutdownNow();
    }
  }

  /** How many of this process's threads run at {@code nice}. */
  private static long threadsAt(int nice) throws IOException {
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      return tasks
          .filter(task -> BackgroundPriority.niceOf(task).equals(OptionalInt.of(nice)))
          .count();
    }
  }

  @Test
  void aThreadRaisesItsNiceValueAndTheOperatorWorkersItStartsInheritIt() throws Exception {
    int nice = 7; // used by no other test
    long before = threadsAt(nice);
    long[] after =
        onFreshThread(
            () -> {
              OptionalInt set = BackgroundPriority.lower(nice);
              assertThat(set).hasValue(nice);
              assertThat(BackgroundPriority.current()).hasValue(nice);
              long alone = threadsAt(nice);
              JniUtils.setNumThreads(2);
              try (NDManager manager = NDManager.newBaseManager()) {
                NDArray big = manager.ones(new Shape(4_000_000));
                for (int i = 0; i < 20; i++) {
                  big = big.add(1); // an element-wise operator large enough to run in parallel
                }
                assertThat(big.getFloat(0)).isEqualTo(21f);
              }
              return new long[] {alone, threadsAt(nice)};
            });
    assertThat(after[0]).isEqualTo(before + 1); // the thread itself, nothing else yet
    assertThat(after[1]).as("libtorch's workers at the same nice value").isGreaterThan(after[0]);
  }

  @Test
  void aHigherNiceValueIsKeptAndZeroLeavesItAsItIs() throws Exception {
    int parent = BackgroundPriority.current().orElseThrow();
    assertThat(onFreshThread(() -> BackgroundPriority.lower(0))).hasValue(parent);
    assertThat(
            onFreshThread(
                () -> {
                  BackgroundPriority.lower(Math.max(parent, 5));
                  return BackgroundPriority.lower(Math.max(parent, 3));
                }))
        .hasValue(Math.max(parent, 5));
  }

  @Test
  void aTrainingRunsAtTheConfiguredNiceValue() throws Exception {
    int parent = BackgroundPriority.current().orElseThrow();
    assertThat(trainingsNice(6)).isEqualTo(Math.max(parent, 6));
    assertThat(trainingsNice(0)).isEqualTo(parent);
  }

  /** The nice value a small training's thread has while it trains under {@code nice}. */
  private static int trainingsNice(int nice) throws Exception {
    RunTrainer trainer =
        new ModelTrainer(SharedDatasets.get(), new TrainingProperties(1, 2, 10, 100, nice, 2, 128));
    ModelSpec preset = Presets.THREE_LAYER_MLP;
    ModelSpec spec = preset.withTraining(preset.training().withTrainingLimit(1_000).withEpochs(1));
    int[] seen = {Integer.MIN_VALUE};
    RecordingSink sink = // asked on the training's thread before each batch
        new RecordingSink()
            .stopWhen(
                recorded -> {
                  seen[0] = BackgroundPriority.current().orElseThrow();
                  return false;
                });
    onFreshThread(() -> trainer.train(UUID.randomUUID(), TrainingRequest.of(spec, "test"), sink));
    return seen[0];
  }
}
