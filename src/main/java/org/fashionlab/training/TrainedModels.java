package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.translate.TranslateException;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Trained models kept in memory for prediction, one per finished job. */
@Component
public class TrainedModels {

  private final Map<UUID, Model> models = new ConcurrentHashMap<>();

  void put(UUID jobId, Model model) {
    Model previous = models.put(jobId, model);
    if (previous != null) {
      previous.close();
    }
  }

  /** Ids of the jobs whose models can predict. */
  public Set<UUID> ids() {
    return Set.copyOf(models.keySet());
  }

  /**
   * Class probabilities for each image.
   *
   * @param images images of 784 values in [0, 1], row by row
   * @return for each image, ten probabilities in label order
   */
  public List<float[]> predict(UUID jobId, List<float[]> images) {
    Model model = models.get(jobId);
    if (model == null) {
      throw new NoSuchElementException("No trained model for job " + jobId);
    }
    // Request threads start with autograd on; predictions must not record graphs.
    JniUtils.setGradMode(false);
    try (Predictor<float[], float[]> predictor = model.newPredictor(new PixelsTranslator())) {
      return predictor.batchPredict(images);
    } catch (TranslateException e) {
      throw new IllegalStateException("Prediction failed: " + e.getMessage(), e);
    }
  }

  /** Removes and frees a model. */
  public void remove(UUID jobId) {
    Model model = models.remove(jobId);
    if (model != null) {
      model.close();
    }
  }

  @PreDestroy
  void closeAll() {
    models.values().forEach(Model::close);
    models.clear();
  }
}
