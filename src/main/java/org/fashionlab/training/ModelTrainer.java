package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.TrainingDivergedException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetUnavailableException;
import org.fashionlab.dataset.ImageChanges;
import org.fashionlab.dataset.TrainingData;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.model.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Trains one run the way DJL's examples do (block, model, config, trainer, a fit loop; see {@link
 * Fit} for why the loop is our own), evaluates it on the test set and hands back its parameters,
 * which the caller stores in {@link TrainedModels} when the run is still its own. Runs on the
 * calling thread: DJL's PyTorch gradient collector allows one training per JVM, so the queue calls
 * it from one thread per process.
 */
@Component
public class ModelTrainer implements RunTrainer {

  private static final Logger log = LoggerFactory.getLogger(ModelTrainer.class);

  private final DatasetService datasets;
  private final TrainingProperties properties;

  public ModelTrainer(DatasetService datasets, TrainingProperties properties) {
    this.datasets = datasets;
    this.properties = properties;
  }

  @Override
  public TrainedRun train(UUID runId, TrainingRequest request, ProgressSink sink) {
    try {
      SpecValidator.requireValid(request.spec());
      return trainValid(runId, request, sink);
    } catch (TrainingDivergedException e) {
      throw new TrainingFailedException(
          "The loss became NaN or infinite, so training stopped. The learning rate is"
              + " probably too high: try one ten times smaller.",
          e);
    } catch (DatasetUnavailableException | InvalidSpecException e) {
      throw new TrainingFailedException(e.getMessage(), e);
    } catch (IOException | TranslateException e) {
      log.error("Training run {} failed", runId, e);
      throw new TrainingFailedException("Training failed: " + e.getMessage(), e);
    }
  }

  static ImageChanges imageChanges(Augmentation augmentation) {
    return switch (augmentation) {
      case NONE -> ImageChanges.NONE;
      case MIRROR -> new ImageChanges(true, 0);
      case MIRROR_AND_SHIFT -> new ImageChanges(true, Augmentation.SHIFT_PIXELS);
      case MIRROR_AND_ERASE -> new ImageChanges(true, 0, true);
    };
  }

  private TrainedRun trainValid(UUID runId, TrainingRequest request, ProgressSink sink)
      throws IOException, TranslateException {
    ModelSpec spec = request.spec();
    TrainingSettings settings = spec.training();
    int threads = properties.threadsFor(spec);
    prepareThread(threads, settings.seed(), properties.nice());
    TrainingRequest.Fold fold = request.fold();
    ImageChanges changes = imageChanges(settings.augmentation());
    TrainingData data =
        fold == null
            ? datasets.trainingData(
                settings.trainingLimit(),
                settings.validationSplit(),
                settings.seed(),
                settings.batchSize(),
                changes)
            : datasets.foldData(
                settings.trainingLimit(),
                fold.k(),
                fold.index(),
                settings.seed(),
                settings.batchSize(),
                changes);
    TrainingStart start =
        new TrainingStart(
            settings.epochs(),
            data.training().batchesPerEpoch(),
            data.trainingSize(),
            data.validationSize(),
            threads);

    try (Model model = ModelFolder.create(spec)) {
      ProgressReporter progress =
          new ProgressReporter(
              sink,
              start,
              settings.batchSize(),
              properties.lossPointsPerEpoch(),
              properties.progressIntervalMillis());
      // No optimizer in the config: Fit takes the steps with the fused one.
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss());
      long begin = System.nanoTime();
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(BlockFactory.inputShape(1));
        try (FusedOptimizer optimizer =
            FusedOptimizer.create(
                settings,
                settings.epochs() * data.training().batchesPerEpoch(),
                model.getBlock(),
                model.getNDManager())) {
          String stopReason = new Fit(trainer, optimizer, progress).run(settings, data);
          double seconds = (System.nanoTime() - begin) / 1e9;
          progress.beforeTest();
          TestResult result = evaluate(trainer, data.test(), progress::duringValidation);
          sink.phase(TrainingPhase.SAVING);
          return new TrainedRun(result, seconds, stopReason, ModelFolder.parameters(model));
        }
      }
    }
  }

  /**
   * Grad mode and thread count are per thread in PyTorch; the seed makes runs repeatable; the
   * priority is set before the first operator starts the thread's OpenMP workers, which inherit it.
   */
  private static void prepareThread(int threads, int seed, int nice) {
    BackgroundPriority.lower(nice);
    Engine engine = Engine.getEngine("PyTorch"); // loads the native library first
    JniUtils.setGradMode(false);
    JniUtils.setNumThreads(threads);
    engine.setRandomSeed(seed);
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
}
