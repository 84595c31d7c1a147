/*
 * Where a training step's time goes: a hand loop equal to EasyTrain's (data, forward, loss,
 * backward, per-batch evaluators as EvaluatorTrainingListener runs them, optimizer step, close),
 * timed piece by piece. Run: bench/profile [mlp|cnn] [batch] [steps] [threads]
 */
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.engine.Engine;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.loss.Loss;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.fashionlab.dataset.DatasetProperties;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.TrainingData;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.training.RmsProp;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

public class StepProfile {

  static final String[] KEYS = {"train_epoch", "train_progress", "train_all"};

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "cnn";
    int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int steps = args.length > 2 ? Integer.parseInt(args[2]) : 600;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    ModelSpec preset = kind.equals("mlp") ? Presets.COURSE_MLP : Presets.COURSE_CNN;
    DatasetService datasets =
        new DatasetService(
            new DatasetProperties(
                null, Path.of("/usr/share/datasets/fashion-mnist"), Path.of("target/fashion-mnist"), false));
    Engine.getEngine("PyTorch");
    JniUtils.setGradMode(false);
    JniUtils.setNumThreads(threads);
    TrainingData data = datasets.trainingData(0, 0, 42, batchSize);
    Optimizer optimizer =
        kind.equals("mlp")
            ? Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.001f)).optEpsilon(1e-7f).build()
            : RmsProp.builder().optLearningRateTracker(Tracker.fixed(0.001f)).build();
    Accuracy accuracy = new Accuracy();
    Loss loss = Loss.softmaxCrossEntropyLoss();
    try (Model model = Model.newInstance("profile", "PyTorch")) {
      model.setBlock(BlockFactory.build(preset.network()));
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(loss).optOptimizer(optimizer).addEvaluator(accuracy);
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(BlockFactory.inputShape(1));
        for (String key : KEYS) {
          accuracy.addAccumulator(key);
          loss.addAccumulator(key);
        }
        long[] t = new long[7];
        String[] names = {"data", "forward", "loss", "backward", "metrics", "step", "close"};
        Iterator<Batch> it = trainer.iterateDataset(data.training()).iterator();
        int warm = Math.min(100, steps / 5);
        long start = 0;
        for (int s = 0; s < steps + warm && it.hasNext(); s++) {
          if (s == warm) {
            java.util.Arrays.fill(t, 0);
            start = System.nanoTime();
          }
          long a = System.nanoTime();
          Batch batch = it.next();
          long b = System.nanoTime();
          NDList preds;
          try (GradientCollector collector = trainer.newGradientCollector()) {
            preds = trainer.forward(batch.getData(), batch.getLabels());
            long c = System.nanoTime();
            NDArray lossValue = loss.evaluate(batch.getLabels(), preds);
            long d = System.nanoTime();
            collector.backward(lossValue);
            long e = System.nanoTime();
            t[1] += c - b;
            t[2] += d - c;
            t[3] += e - d;
          }
          long e = System.nanoTime();
          accuracy.updateAccumulators(KEYS, batch.getLabels(), preds);
          loss.updateAccumulators(KEYS, batch.getLabels(), preds);
          long f = System.nanoTime();
          trainer.step();
          long g = System.nanoTime();
          batch.close();
          long h = System.nanoTime();
          t[0] += b - a;
          t[4] += f - e;
          t[5] += g - f;
          t[6] += h - g;
        }
        double total = (System.nanoTime() - start) / 1e6;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
            "%s b%d %d threads, %d steps: %.3f ms/step (%.2f s/epoch);", kind, batchSize, threads, steps,
            total / steps, total / steps * Math.ceil(60000.0 / batchSize) / 1000));
        for (int i = 0; i < t.length; i++) {
          line.append(String.format(Locale.ROOT, " %s %.3f", names[i], t[i] / 1e6 / steps));
        }
        System.out.println(line);
      }
    }
    datasets.getClass();
    System.exit(0);
  }
}
