package org.fashionlab.registry;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.TrainedModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored runs as the pages and the API read them: list, look up, rename, and predict with their
 * models. Starting, cancelling and deleting go through the training queue.
 */
@Service
public class RunService {

  private final RunRepository runs;
  private final RunJson json;
  private final RunLosses losses;
  private final RunLedger ledger;
  private final TrainedModels models;

  public RunService(
      RunRepository runs, RunJson json, RunLosses losses, RunLedger ledger, TrainedModels models) {
    this.runs = runs;
    this.json = json;
    this.losses = losses;
    this.ledger = ledger;
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

  /** Everything stored about a run: its current attempt's curves and every earlier attempt. */
  @Transactional(readOnly = true)
  public Optional<RunDetails> details(UUID id) {
    return runs.findById(id)
        .map(run -> json.details(run, losses.all(id, run.getAttempt()), ledger.attempts(id)));
  }

  /** The epochs of a run's current attempt (cheaper than {@link #details}). */
  @Transactional(readOnly = true)
  public Optional<List<EpochMetrics>> history(UUID id) {
    return runs.findById(id).map(json::history);
  }

  /** The spec a run was trained with, e.g. to train a copy of it. */
  @Transactional(readOnly = true)
  public Optional<ModelSpec> spec(UUID id) {
    return runs.findById(id).map(json::spec);
  }

  /** Where a run's current attempt is (cheaper than {@link #details}). */
  @Transactional(readOnly = true)
  public Optional<RunProgress> progress(UUID id) {
    return runs.findById(id).map(json::progress);
  }

  @Transactional
  public RunSummary rename(UUID id, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new IllegalArgumentException("A name needs 1 to 80 characters.");
    }
    Run run = runs.findById(id).orElseThrow(() -> notFound(id));
    run.setName(name.strip());
    run.setUpdatedAt(java.time.Instant.now());
    return json.summary(runs.save(run));
  }

  /** Whether the run has a saved model that can predict. */
  public boolean canPredict(UUID id) {
    return models.exists(id);
  }

  /**
   * Those of {@code candidates} that can predict: finished, with a saved model; in their order. One
   * query for all, not one a run (Classify and Models list dozens).
   */
  public List<RunSummary> predictable(List<RunSummary> candidates) {
    List<RunSummary> finished =
        candidates.stream().filter(r -> r.status() == RunStatus.FINISHED).toList();
    java.util.Set<UUID> withModel = withModels(finished.stream().map(RunSummary::id).toList());
    return finished.stream().filter(r -> withModel.contains(r.id())).toList();
  }

  /** Which of these runs have a saved model (one query for all; {@link #canPredict} for one). */
  public java.util.Set<UUID> withModels(java.util.Collection<UUID> ids) {
    return models.existing(ids);
  }

  /** Class probabilities of each image (784 values in [0, 1]) by the run's model. */
  public List<float[]> predict(UUID id, List<float[]> images) {
    return models.predict(id, images);
  }

  public static NoSuchElementException notFound(UUID id) {
    return new NoSuchElementException("No run with id " + id);
  }
}
