package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.DivergenceCheckTrainingListener;
import ai.djl.training.listener.EarlyStoppingListener;
import ai.djl.training.listener.EpochTrainingListener;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.TrainingData;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.TrainingSettings;

/**
 * Trains one job the way DJL's examples do (block, model, config, trainer, EasyTrain.fit) and
 * evaluates it on the test set. Runs on the training thread only.
 */
final class ModelTrainer {

  /** A trained model with its test result; the caller owns (and must close) the model. */
  record Outcome(Model model, TestResult result, double trainingSeconds, String stopReason) {}

  private final DatasetService datasets;
  private final TrainingProperties properties;

  ModelTrainer(DatasetService datasets, TrainingProperties properties) {
    this.datasets = datasets;
    this.properties = properties;
  }

  Outcome train(TrainingJob job, Consumer<TrainingEvent> publish)
      throws IOException, TranslateException {
    ModelSpec spec = job.spec();
    TrainingSettings settings = spec.training();
    int threads =
        spec.network() instanceof MlpSpec ? properties.mlpThreads() : properties.cnnThreads();
    prepareThread(threads, settings.seed());
    TrainingRequest.Fold fold = job.request().fold();
    TrainingData data =
        fold == null
            ? datasets.trainingData(
                settings.trainingLimit(),
                settings.validationSplit(),
                settings.seed(),
                settings.batchSize())
            : datasets.foldData(
                settings.trainingLimit(),
                fold.k(),
                fold.index(),
                settings.seed(),
                settings.batchSize());
    int batchesPerEpoch =
        Math.toIntExact(
            Math.floorDiv(data.trainingSize() + settings.batchSize() - 1, settings.batchSize()));

    Model model = Model.newInstance(spec.name(), "PyTorch");
    Optimizer optimizer = OptimizerFactory.create(settings);
    try {
      Block block = BlockFactory.build(spec.network());
      model.setBlock(block);
      FlatParameters parameters =
          FlatParameters.initialize(block, model.getNDManager(), BlockFactory.inputShape(1));
      Accuracy accuracy = new Accuracy();
      EvaluatorTrainingListener evaluations = new EvaluatorTrainingListener();
      JobProgressListener progress =
          new JobProgressListener(
              job.id(),
              evaluations,
              accuracy,
              job::cancelRequested,
              publish,
              batchesPerEpoch,
              settings.epochs(),
              properties.lossPointsPerEpoch(),
              properties.progressIntervalMillis());
      // No optimizer in the config: the steps are taken over the flat parameters (fit below).
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
              .addEvaluator(accuracy)
              .addTrainingListeners(
                  new EpochTrainingListener(),
                  evaluations,
                  new DivergenceCheckTrainingListener(),
                  progress);
      if (settings.earlyStoppingPatience() > 0 && data.validation() != null) {
        config.addTrainingListeners(
            EarlyStoppingListener.builder()
                .optEpochPatience(settings.earlyStoppingPatience())
                .optMonitoredMetric("validateLoss")
                .build());
      }
      publish.accept(
          new TrainingEvent.Started(
              job.id(),
              settings.epochs(),
              batchesPerEpoch,
              data.trainingSize(),
              data.validationSize(),
              threads));
      long start = System.nanoTime();
      String stopReason = null;
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(BlockFactory.inputShape(1));
        try {
          fit(trainer, parameters, optimizer, settings.epochs(), data);
        } catch (EarlyStoppingListener.EarlyStoppedException e) {
          stopReason =
              "Stopped early after epoch "
                  + progress.epochsCompleted()
                  + ": validation loss did not improve for "
                  + settings.earlyStoppingPatience()
                  + " epochs";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        TestResult result = evaluate(trainer, data.test());
        return new Outcome(model, result, seconds, stopReason);
      } catch (TrainingCancelledException e) {
        throw new JobCancelledException(progress.epochsCompleted(), progress.batchesTrained());
      }
    } catch (RuntimeException | IOException | TranslateException e) {
      model.close();
      throw e;
    } finally {
      if (optimizer instanceof AutoCloseable closeable) {
        closeQuietly(closeable);
      }
    }
  }

  /**
   * {@link EasyTrain#fit} with one change: each step updates all parameters at once through {@link
   * FlatParameters} instead of DJL's per-parameter {@code trainer.step()}.
   */
  private static void fit(
      Trainer trainer,
      FlatParameters parameters,
      Optimizer optimizer,
      int epochs,
      TrainingData data)
      throws IOException, TranslateException {
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (Batch batch : trainer.iterateDataset(data.training())) {
        try (batch) {
          EasyTrain.trainBatch(trainer, batch);
          parameters.step(optimizer);
        }
      }
      EasyTrain.evaluateDataset(trainer, data.validation());
      trainer.notifyListeners(listener -> listener.onEpoch(trainer));
    }
  }

  /** Grad mode and thread count are per thread in PyTorch; the seed makes runs repeatable. */
  private static void prepareThread(int threads, int seed) {
    Engine engine = Engine.getEngine("PyTorch"); // loads the native library first
    JniUtils.setGradMode(false);
    JniUtils.setNumThreads(threads);
    engine.setRandomSeed(seed);
  }

  /** Runs the trained model over the test set: loss, accuracy, confusion matrix. */
  static TestResult evaluate(Trainer trainer, RandomAccessDataset test)
      throws IOException, TranslateException {
    int size = Math.toIntExact(test.size());
    int[] labels = new int[size];
    int[] predictions = new int[size];
    double lossSum = 0;
    int offset = 0;
    for (Batch batch : trainer.iterateDataset(test)) {
      try (batch) {
        NDList logits = trainer.evaluate(batch.getData());
        NDArray truth = batch.getLabels().singletonOrThrow();
        int n = Math.toIntExact(truth.size());
        lossSum += trainer.getLoss().evaluate(batch.getLabels(), logits).getFloat() * n;
        int[] batchLabels = truth.toType(DataType.INT32, false).toIntArray();
        int[] batchPredictions =
            logits.singletonOrThrow().argMax(1).toType(DataType.INT32, false).toIntArray();
        System.arraycopy(batchLabels, 0, labels, offset, n);
        System.arraycopy(batchPredictions, 0, predictions, offset, n);
        offset += n;
      }
    }
    return TestResult.of(
        (float) (lossSum / offset),
        Arrays.copyOf(labels, offset),
        Arrays.copyOf(predictions, offset));
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Only frees optimizer state.
    }
  }
}
