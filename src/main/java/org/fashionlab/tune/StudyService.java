package org.fashionlab.tune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.account.Scope;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.budget.ComputeBudget;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.queue.QueueLimitException;
import org.fashionlab.queue.QueueProperties;
import org.fashionlab.queue.RunTimeEstimator;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunLedger;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.TrainingRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid searches the way caret's tuneGrid runs them: every combination is trained through the same
 * queue as any run (one at a time per process), saved as a normal run tagged with the study, and
 * compared by validation accuracy on a seeded hold-out split or over k folds.
 */
@Service
public class StudyService {

  private final StudyRepository studies;
  private final RunService runs;
  private final RunLedger ledger;
  private final TrainingQueue queue;
  private final WorkAccess access;
  private final QueueProperties queueLimits;
  private final ObjectMapper json;
  private final ComputeBudgets budgets;
  private final StudyPlanner planner;
  private final StudyResults results = new StudyResults();
  private final RunTimeEstimator estimator;

  public StudyService(
      StudyRepository studies,
      RunService runs,
      RunLedger ledger,
      TrainingQueue queue,
      QueueProperties queueLimits,
      RunTimeEstimator estimator,
      WorkAccess access,
      ObjectMapper json,
      TuneProperties properties,
      ComputeBudgets budgets) {
    this.studies = studies;
    this.runs = runs;
    this.ledger = ledger;
    this.queue = queue;
    this.access = access;
    this.queueLimits = queueLimits;
    this.json = json;
    this.budgets = budgets;
    this.planner = new StudyPlanner(properties.maxTrials(), budgets);
    this.estimator = estimator;
  }

  /**
   * Trials, runs, estimated time and the compute budget of the most demanding trial of a study,
   * without starting it.
   *
   * @throws InvalidStudyException listing every problem, trials over the budget included
   */
  public StudyEstimate estimate(StudySpec spec) {
    List<Trial> trials = planner.plan(spec);
    int folds = spec.selection() == Selection.K_FOLD ? spec.folds() : 0;
    double seconds = 0;
    String basis = "";
    for (Trial trial : trials) {
      RunTimeEstimator.Estimate one = estimator.estimate(trial.spec(), folds);
      // A person's runs train one after another (fashionlab.queue.max-running-per-owner).
      seconds += spec.runsPerTrial() * one.seconds() / queueLimits.maxRunningPerOwner();
      basis = one.basis();
    }
    ComputeBudget largest =
        trials.stream()
            .map(t -> budgets.estimate(t.spec()))
            .max(Comparator.comparingLong(ComputeBudget::peakBytes))
            .orElse(null);
    return new StudyEstimate(trials.size(), trials.size() * spec.runsPerTrial(), seconds, basis)
        .withLargestTrial(largest);
  }

  /**
   * Checks the study and queues every run of every trial, all or none.
   *
   * @throws InvalidStudyException listing every problem
   * @throws QueueLimitException when the owner has too many studies going already
   */
  @Transactional
  public StudyResult start(StudySpec spec, String owner) {
    List<Trial> trials = planner.plan(spec);
    String who = owner.strip();
    int active = ledger.activeStudies(who);
    if (active >= queueLimits.maxActiveStudiesPerOwner()) {
      throw new QueueLimitException(
          "You already have "
              + active
              + (active == 1 ? " study" : " studies")
              + " with trials waiting or training (limit"
              + " fashionlab.queue.max-active-studies-per-owner = "
              + queueLimits.maxActiveStudiesPerOwner()
              + "). Wait until it is done, or cancel it.");
    }
    Study study =
        studies.save(
            new Study(
                UUID.randomUUID(),
                spec.name().strip(),
                who,
                access.accountId(who),
                write(spec),
                trials.size(),
                Instant.now()));
    List<TrainingRequest> requests = new ArrayList<>();
    for (Trial trial : trials) {
      for (int fold = 0; fold < spec.runsPerTrial(); fold++) {
        TrainingRequest.Fold plan =
            spec.selection() == Selection.K_FOLD
                ? new TrainingRequest.Fold(spec.folds(), fold)
                : null;
        requests.add(new TrainingRequest(trial.spec(), who, plan, study.getId(), trial.index()));
      }
    }
    queue.submitAll(requests);
    return result(study);
  }

  /** Drops the study's queued runs and stops the running one; finished trials stay. */
  public void cancel(UUID id) {
    Study study = studies.findById(id).orElseThrow(() -> notFound(id));
    study.cancel();
    studies.save(study);
    runs.ofStudy(id).stream().filter(r -> r.status().isActive()).forEach(r -> queue.cancel(r.id()));
  }

  public List<StudyResult> list() {
    return studies.findAllByOrderByCreatedAtDesc().stream().map(this::result).toList();
  }

  /**
   * The studies the signed-in person sees in {@code scope}: their own; a teacher's whole-class
   * scope adds everyone's of the classes they teach.
   */
  public List<StudyResult> list(Scope scope) {
    return studies
        .findByOwnerIdInOrderByCreatedAtDesc(access.managedOwners(access.viewer(), scope))
        .stream()
        .map(this::result)
        .toList();
  }

  /** A study the signed-in person may look at (studies are not shared: owner or teacher). */
  public StudyResult readable(UUID id) {
    StudyResult study = result(id).orElseThrow(() -> notFound(id));
    access.requireRead(access.viewer(), study.ownerId(), false, "study \"" + study.name() + "\"");
    return study;
  }

  /** A study the signed-in person may cancel or train the best of. */
  public StudyResult manageable(UUID id) {
    StudyResult study = result(id).orElseThrow(() -> notFound(id));
    access.requireManage(access.viewer(), study.ownerId(), "study \"" + study.name() + "\"");
    return study;
  }

  /** Gives studies from before accounts (no owner) to {@code ownerId}; returns how many. */
  @Transactional
  public int adoptOwnerless(UUID ownerId, String owner) {
    return studies.adoptOwnerless(ownerId, owner);
  }

  public Optional<StudyResult> result(UUID id) {
    return studies.findById(id).map(this::result);
  }

  private StudyResult result(Study study) {
    StudySpec spec = read(study.getSpecJson());
    return results.of(
        study.getId(),
        study.getName(),
        study.getOwner(),
        study.getCreatedAt(),
        spec,
        planner.storedTrials(spec),
        study.isCancelled(),
        runs.ofStudy(study.getId()),
        study.getOwnerId());
  }

  /**
   * Trains the best trial's configuration on the full training set (no hold-out) and evaluates it
   * on the test set.
   */
  public RunSummary trainBest(UUID id, String owner) {
    StudyResult result = result(id).orElseThrow(() -> notFound(id));
    TrialResult best =
        result
            .best()
            .orElseThrow(() -> new IllegalStateException("The study has no finished trial yet."));
    ModelSpec spec = planner.storedTrials(result.spec()).get(best.index()).spec();
    // All images, none held out: so nothing to stop early on either.
    ModelSpec full =
        spec.withName(result.name() + " best, all data")
            .withTraining(
                spec.training()
                    .withTrainingLimit(0)
                    .withValidationSplit(0)
                    .withEarlyStoppingPatience(0));
    return queue.submit(TrainingRequest.of(full, owner));
  }

  private String write(StudySpec spec) {
    try {
      return json.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private StudySpec read(String text) {
    try {
      return json.readValue(text, StudySpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored study cannot be read: " + e.getMessage(), e);
    }
  }

  static NoSuchElementException notFound(UUID id) {
    return new NoSuchElementException("No study with id " + id);
  }
}
