package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Locale;
import org.fashionlab.dataset.ShuffledBatches;
import org.fashionlab.dataset.TrainingData;
import org.fashionlab.model.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop: DJL's {@code EasyTrain.fit} cut down to what one step needs, because at the
 * course's small models DJL's per-step bookkeeping cost as much as the arithmetic (measured in
 * BENCHMARKS.md). Per batch: one gather, forward, the loss with the epoch's metrics in one call
 * ({@link RunningMetrics}), backward, and one fused optimizer update over all parameters ({@link
 * FusedOptimizer}).
 */
final class Fit {

  private static final Logger log = LoggerFactory.getLogger(Fit.class);

  private final Trainer trainer;
  private final FusedOptimizer optimizer;
  private final ProgressReporter progress;

  Fit(Trainer trainer, FusedOptimizer optimizer, ProgressReporter progress) {
    this.trainer = trainer;
    this.optimizer = optimizer;
    this.progress = progress;
  }

  /**
   * Trains for the configured epochs, or fewer when early stopping ends it.
   *
   * @return why training stopped early, or {@code null} when all epochs ran
   */
  String run(TrainingSettings settings, TrainingData data) throws IOException, TranslateException {
    int patience = data.validation() == null ? 0 : settings.earlyStoppingPatience();
    float bestLoss = Float.POSITIVE_INFINITY;
    int sinceBest = 0;
    try (NDManager manager = trainer.getManager().newSubManager();
        RunningMetrics metrics = new RunningMetrics(manager)) {
      for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
        metrics.reset();
        trainEpoch(data.training(), metrics, epoch);
        TestResult validation = null;
        if (data.validation() != null) {
          progress.beforeValidation();
          validation =
              ModelTrainer.evaluate(trainer, data.validation(), progress::duringValidation);
        }
        progress.afterEpoch(metrics, validation);
        // As DJL's EpochTrainingListener: model.save names the parameter file after it.
        trainer.getModel().setProperty("Epoch", String.valueOf(epoch));
        if (patience > 0) {
          if (validation.loss() < bestLoss) {
            bestLoss = validation.loss();
            sinceBest = 0;
          } else if (++sinceBest >= patience) {
            return "Stopped early after epoch "
                + epoch
                + ": validation loss did not improve for "
                + patience
                + " epochs";
          }
        }
      }
    }
    return null;
  }

  private void trainEpoch(ShuffledBatches batches, RunningMetrics metrics, int epoch) {
    batches.shuffle();
    PhaseClock clock = new PhaseClock();
    for (int b = 0; b < batches.batchesPerEpoch(); b++) {
      clock.start();
      try (NDManager step = trainer.getManager().newSubManager()) {
        NDList batch = batches.batch(b, step);
        NDList images = new NDList(batch.get(0));
        NDArray labels = batch.get(1);
        clock.lap(PhaseClock.DATA);
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray logits = trainer.forward(images).singletonOrThrow();
          clock.lap(PhaseClock.FORWARD);
          NDArray meanLoss = metrics.loss(logits, labels);
          clock.lap(PhaseClock.LOSS);
          collector.backward(meanLoss);
        }
        clock.lap(PhaseClock.BACKWARD);
        optimizer.step();
        clock.lap(PhaseClock.OPTIMIZER);
      }
      progress.afterBatch(metrics);
      clock.lap(PhaseClock.PROGRESS);
    }
    log.info(
        "{}, epoch {}: {} steps, ms per step: {}",
        trainer.getModel().getName(),
        epoch,
        batches.batchesPerEpoch(),
        clock.perStep(batches.batchesPerEpoch()));
  }

  /**
   * Where the steps of one epoch spent their time; logged once per epoch (bench/profile shows it).
   * Reading the clock costs about 25 ns, against 0.5-10 ms per step.
   */
  private static final class PhaseClock {
    static final int DATA = 0;
    static final int FORWARD = 1;
    static final int LOSS = 2;
    static final int BACKWARD = 3;
    static final int OPTIMIZER = 4;
    static final int PROGRESS = 5;
    private static final String[] NAMES = {
      "data", "forward", "loss and metrics", "backward", "optimizer", "progress"
    };

    private final long[] nanos = new long[NAMES.length];
    private long last;

    void start() {
      last = System.nanoTime();
    }

    void lap(int phase) {
      long now = System.nanoTime();
      nanos[phase] += now - last;
      last = now;
    }

    String perStep(int steps) {
      StringBuilder text = new StringBuilder();
      long total = 0;
      for (int i = 0; i < NAMES.length; i++) {
        total += nanos[i];
        text.append(String.format(Locale.ROOT, "%s %.3f, ", NAMES[i], nanos[i] / 1e6 / steps));
      }
      return text.append(String.format(Locale.ROOT, "total %.3f", total / 1e6 / steps)).toString();
    }
  }
}
