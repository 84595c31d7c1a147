package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSpec;

/**
 * A stand-in for the DJL trainer in queue tests: each batch sleeps instead of computing, and is
 * reported through the real {@link ProgressReporter}, so progress, cancellation and timing behave
 * as in a training. Records the order in which runs started.
 */
public final class SleepingTrainer implements RunTrainer {

  private static final int IMAGES_PER_BATCH = 1_000;

  /** Names of the runs in the order they started. */
  public final List<String> started = new CopyOnWriteArrayList<>();

  private final Map<NetworkSpec, byte[]> parameters = new ConcurrentHashMap<>();
  private volatile long millisPerBatch = 20;
  private volatile CountDownLatch[] heldEnd;
  private volatile int batchesPerEpoch = 5;

  /**
   * Makes the next training wait after its test evaluation, before it hands back its model: it
   * counts {@code reached} down there, then waits for {@code release}.
   */
  public void holdTheEnd(CountDownLatch reached, CountDownLatch release) {
    heldEnd = new CountDownLatch[] {reached, release};
  }

  /** How long each batch takes and how many an epoch has (epochs come from the spec). */
  public void pace(long millisPerBatch, int batchesPerEpoch) {
    this.millisPerBatch = millisPerBatch;
    this.batchesPerEpoch = batchesPerEpoch;
  }

  @Override
  public TrainedRun train(UUID runId, TrainingRequest request, ProgressSink sink) {
    started.add(request.spec().name());
    int epochs = request.spec().training().epochs();
    int batches = batchesPerEpoch;
    // Each sleeping batch stands for IMAGES_PER_BATCH images, which sets the reporter's time left
    // for the test set; the test phase below sleeps that long, so the stub's ETA tells the truth.
    ProgressReporter progress =
        new ProgressReporter(
            sink,
            new TrainingStart(epochs, batches, batches * IMAGES_PER_BATCH, 0, 1),
            IMAGES_PER_BATCH,
            10,
            50);
    long begin = System.nanoTime();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Totals totals = new Totals();
      for (int b = 0; b < batches; b++) {
        sleep(millisPerBatch);
        totals.samples += IMAGES_PER_BATCH;
        totals.lossSum += IMAGES_PER_BATCH * (1.0 / (epoch + b));
        progress.afterBatch(totals);
      }
      progress.afterEpoch(totals, null);
    }
    progress.beforeTest();
    sleep(millisPerBatch * ProgressReporter.TEST_IMAGES / (3L * IMAGES_PER_BATCH));
    CountDownLatch[] hold = heldEnd;
    if (hold != null) {
      heldEnd = null;
      hold[0].countDown();
      try {
        hold[1].await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    int[] labels = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    return new TrainedRun(
        TestResult.of(1.0f, labels, labels.clone()),
        (System.nanoTime() - begin) / 1e9,
        null,
        untrainedParameters(request.spec()));
  }

  /** A real parameter file of the spec's network, freshly initialised: what would be stored. */
  private byte[] untrainedParameters(ModelSpec spec) {
    return parameters.computeIfAbsent(
        spec.network(),
        network -> {
          try (Model model = ModelFolder.create(spec)) {
            Block block = model.getBlock();
            block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
            return ModelFolder.parameters(model);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final class Totals implements BatchTotals {
    long samples;
    double lossSum;

    @Override
    public long samples() {
      return samples;
    }

    @Override
    public double lossSum() {
      return lossSum;
    }

    @Override
    public double accuracy() {
      return 0.5;
    }
  }
}
