package org.fashionlab.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;
import org.fashionlab.training.TestResult;
import org.fashionlab.training.TrainingPhase;
import org.springframework.stereotype.Component;

/**
 * Converts between stored rows and the records the rest of the application uses (JSON columns
 * included).
 */
@Component
class RunJson {

  private static final TypeReference<List<EpochMetrics>> HISTORY = new TypeReference<>() {};
  private static final TypeReference<List<LossPoint>> LOSSES = new TypeReference<>() {};

  private final ObjectMapper json;

  RunJson(ObjectMapper json) {
    this.json = json;
  }

  /** A new row for a spec, with everything derived from the spec filled in. */
  Run newRun(java.util.UUID id, ModelSpec spec, String owner, java.util.UUID ownerId) {
    Run run = new Run(id);
    run.setName(spec.name());
    run.setOwner(owner);
    run.setOwnerId(ownerId);
    run.setKind(spec.network().kindLabel());
    run.setArchitecture(NetworkSummary.architecture(spec.network()));
    run.setParameters(NetworkSummary.of(spec.network()).totalParameters());
    run.setOptimizer(spec.training().optimizer().label());
    run.setLearningRate(spec.training().learningRate());
    run.setBatchSize(spec.training().batchSize());
    run.setEpochs(spec.training().epochs());
    run.setSpecJson(write(spec));
    run.setHistoryJson("[]");
    return run;
  }

  RunSummary summary(Run run) {
    ModelSpec spec = spec(run);
    java.util.OptionalInt best = EpochMetrics.bestEpoch(history(run));
    return new RunSummary(
        run.getId(),
        run.getName(),
        run.getOwner(),
        run.getKind(),
        run.getArchitecture(),
        run.getParameters(),
        run.getOptimizer(),
        run.getLearningRate(),
        run.getBatchSize(),
        run.getEpochs(),
        run.getEpochsCompleted(),
        run.getTrainingSeconds(),
        run.getFinalTrainAccuracy(),
        run.getFinalValidationAccuracy(),
        run.getTestAccuracy(),
        run.getTestLoss(),
        run.getStatus(),
        run.getMessage(),
        run.getCreatedAt(),
        run.getStudyId(),
        run.getTrial(),
        run.getFold(),
        run.getOwnerId(),
        run.isShared(),
        activation(spec.network()),
        dropout(spec.network()),
        spec.training().validationSplit(),
        spec.training().images(),
        spec.training().seed(),
        best.isPresent() ? best.getAsInt() : null,
        null);
  }

  private static String activation(NetworkSpec network) {
    return network instanceof MlpSpec mlp
        ? mlp.activation().label()
        : ((CnnSpec) network).convBlocks().get(0).activation().label();
  }

  private static double dropout(NetworkSpec network) {
    return network instanceof MlpSpec mlp ? mlp.dropout() : ((CnnSpec) network).dropout();
  }

  RunDetails details(Run run, List<LossPoint> losses, List<RunAttempt> attempts) {
    int[][] confusion =
        run.getConfusionJson() == null ? null : read(run.getConfusionJson(), int[][].class);
    int[] predictions = predictions(run.getTestPredictions());
    return new RunDetails(
        summary(run),
        spec(run),
        history(run),
        losses,
        confusion,
        confusion == null
            ? List.of()
            : new TestResult(
                    run.getTestLoss().floatValue(),
                    run.getTestAccuracy().floatValue(),
                    confusion,
                    predictions)
                .perClass(),
        predictions,
        progress(run),
        attempts);
  }

  RunProgress progress(Run run) {
    LiveProgress p = run.getProgress();
    return p == null
        ? new RunProgress(
            run.getAttempt(),
            run.getWorker(),
            null,
            run.getStartedAt(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            run.isCancelRequested())
        : new RunProgress(
            run.getAttempt(),
            run.getWorker(),
            p.getPhase() == null ? null : TrainingPhase.valueOf(p.getPhase()),
            run.getStartedAt(),
            p.getEpoch(),
            p.getBatch(),
            p.getBatchesPerEpoch(),
            p.getTrainingImages(),
            p.getValidationImages(),
            p.getThreads(),
            p.getRunningAccuracy(),
            p.getElapsedSeconds(),
            p.getEtaSeconds(),
            p.getProgressAt(),
            run.isCancelRequested());
  }

  ModelSpec spec(Run run) {
    return read(run.getSpecJson(), ModelSpec.class);
  }

  List<EpochMetrics> history(Run run) {
    return history(run.getHistoryJson());
  }

  List<EpochMetrics> history(String historyJson) {
    return historyJson == null ? List.of() : read(historyJson, HISTORY);
  }

  List<LossPoint> losses(String chunkJson) {
    return read(chunkJson, LOSSES);
  }

  void setHistory(Run run, List<EpochMetrics> history) {
    run.setHistoryJson(write(history));
    run.setEpochsCompleted(history.size());
    if (!history.isEmpty()) {
      EpochMetrics last = history.get(history.size() - 1);
      run.setFinalTrainAccuracy(finite(last.trainAccuracy()));
      run.setFinalValidationAccuracy(finite(last.validationAccuracy()));
    }
  }

  void setResult(Run run, TestResult result) {
    run.setTestAccuracy((double) result.accuracy());
    run.setTestLoss((double) result.loss());
    run.setConfusionJson(write(result.confusion()));
    byte[] labels = new byte[result.predictions().length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = (byte) result.predictions()[i];
    }
    run.setTestPredictions(labels);
  }

  int[] predictions(Run run) {
    return predictions(run.getTestPredictions());
  }

  private static int[] predictions(byte[] stored) {
    if (stored == null) {
      return null;
    }
    int[] labels = new int[stored.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = stored[i];
    }
    return labels;
  }

  private static Double finite(float value) {
    return Float.isFinite(value) ? (double) value : null;
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored run data cannot be read: " + e.getMessage(), e);
    }
  }

  <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored run data cannot be read: " + e.getMessage(), e);
    }
  }
}
