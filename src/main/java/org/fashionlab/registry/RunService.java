package org.fashionlab.registry;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.training.RunSpecs;
import org.fashionlab.training.TrainedModels;
import org.fashionlab.training.TrainingJob;
import org.fashionlab.training.TrainingRequest;
import org.fashionlab.training.TrainingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored runs: list, look up, start, rename, cancel, delete, and predict with their models. */
@Service
public class RunService implements RunSpecs {

  private final RunRepository runs;
  private final RunJson json;
  private final TrainingService training;
  private final TrainedModels models;

  public RunService(
      RunRepository runs, RunJson json, TrainingService training, TrainedModels models) {
    this.runs = runs;
    this.json = json;
    this.training = training;
    this.models = models;
  }

  /** All runs, newest first. */
  @Transactional(readOnly = true)
  public List<RunSummary> list() {
    return runs.findAllByOrderByCreatedAtDesc().stream().map(json::summary).toList();
  }

  /** The runs of a tuning study, by trial and fold. */
  @Transactional(readOnly = true)
  public List<RunSummary> ofStudy(UUID studyId) {
    return runs.findByStudyIdOrderByTrialAscFoldAsc(studyId).stream().map(json::summary).toList();
  }

  @Transactional(readOnly = true)
  public Optional<RunSummary> summary(UUID id) {
    return runs.findById(id).map(json::summary);
  }

  @Transactional(readOnly = true)
  public Optional<RunDetails> details(UUID id) {
    return runs.findById(id).map(json::details);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ModelSpec> spec(UUID id) {
    return runs.findById(id).map(json::spec);
  }

  /** Validates and queues a spec; the run is stored before this returns. */
  public RunSummary start(ModelSpec spec, String owner) {
    return start(TrainingRequest.of(spec, owner));
  }

  /** Validates and queues a request; the run is stored before this returns. */
  public RunSummary start(TrainingRequest request) {
    TrainingJob job = training.submit(request);
    return summary(job.id()).orElseThrow();
  }

  /** Stops a queued or running run; false when it is not active. */
  public boolean cancel(UUID id) {
    return training.cancel(id);
  }

  @Transactional
  public RunSummary rename(UUID id, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new IllegalArgumentException("A name needs 1 to 80 characters.");
    }
    Run run = runs.findById(id).orElseThrow(() -> notFound(id));
    run.setName(name.strip());
    return json.summary(runs.save(run));
  }

  /** Deletes a run, its stored model and, if it is still training, stops it. */
  @Transactional
  public void delete(UUID id) {
    Run run = runs.findById(id).orElseThrow(() -> notFound(id));
    training.cancel(id);
    runs.delete(run);
    models.delete(id);
  }

  /** Whether the run has a saved model that can predict. */
  public boolean canPredict(UUID id) {
    return models.exists(id);
  }

  /** Class probabilities of each image (784 values in [0, 1]) by the run's model. */
  public List<float[]> predict(UUID id, List<float[]> images) {
    return models.predict(id, images);
  }

  static NoSuchElementException notFound(UUID id) {
    return new NoSuchElementException("No run with id " + id);
  }
}
