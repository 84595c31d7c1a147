package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
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
 * Trains one job the way DJL's examples do (block, model, config, trainer, a fit loop; see {@link
 * Fit} for why the loop is our own) and evaluates it on the test set. Runs on the training thread
 * only.
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
    int batchesPerEpoch = data.training().batchesPerEpoch();

    Model model = Model.newInstance(spec.name(), "PyTorch");
    Optimizer optimizer = OptimizerFactory.create(settings);
    try {
      Block block = BlockFactory.build(spec.network());
      model.setBlock(block);
      FlatParameters parameters =
          FlatParameters.initialize(block, model.getNDManager(), BlockFactory.inputShape(1));
      JobProgress progress =
          new JobProgress(
              job.id(),
              job::cancelRequested,
              publish,
              batchesPerEpoch,
              settings.epochs(),
              properties.lossPointsPerEpoch(),
              properties.progressIntervalMillis());
      // No optimizer in the config: the steps are taken over the flat parameters (below).
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss());
      publish.accept(
          new TrainingEvent.Started(
              job.id(),
              settings.epochs(),
              batchesPerEpoch,
              data.trainingSize(),
              data.validationSize(),
              threads));
      long start = System.nanoTime();
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(BlockFactory.inputShape(1));
        Fit fit = new Fit(trainer, parameters, optimizer, progress);
        String stopReason = fit.run(settings, data);
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
    return evaluate(trainer, test, () -> {});
  }

  /**
   * Runs {@code trainer}'s model over {@code dataset} in inference mode (dropout off, batch-norm
   * running statistics), calling {@code betweenBatches} before each batch (where a cancellation may
   * throw).
   */
  static TestResult evaluate(Trainer trainer, RandomAccessDataset dataset, Runnable betweenBatches)
      throws IOException, TranslateException {
    int size = Math.toIntExact(dataset.size());
    int[] labels = new int[size];
    int[] predictions = new int[size];
    double lossSum = 0;
    int offset = 0;
    for (Batch batch : trainer.iterateDataset(dataset)) {
      try (batch) {
        betweenBatches.run();
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
