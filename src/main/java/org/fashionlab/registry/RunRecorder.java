package org.fashionlab.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import org.fashionlab.training.JobSnapshot;
import org.fashionlab.training.Subscription;
import org.fashionlab.training.TrainingEvent;
import org.fashionlab.training.TrainingJob;
import org.fashionlab.training.TrainingRequest;
import org.fashionlab.training.TrainingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes every training job to the database as it goes: a row when queued, the history at each
 * epoch end (so a crash keeps the last completed epoch), the test metrics when finished. On start,
 * runs left queued or running by a previous process are marked interrupted.
 */
@Component
class RunRecorder {

  private static final Logger log = LoggerFactory.getLogger(RunRecorder.class);

  private final RunRepository runs;
  private final RunJson json;
  private final TrainingService training;
  private Subscription subscription;

  RunRecorder(RunRepository runs, RunJson json, TrainingService training) {
    this.runs = runs;
    this.json = json;
    this.training = training;
  }

  @PostConstruct
  void start() {
    for (Run run : runs.findByStatusIn(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING))) {
      run.setStatus(RunStatus.INTERRUPTED);
      run.setMessage(
          "The server stopped while this run was "
              + (run.getEpochsCompleted() > 0
                  ? "training; the last completed epoch was " + run.getEpochsCompleted() + "."
                  : "waiting or in its first epoch."));
      runs.save(run);
      log.info("Run {} ({}) was interrupted by a restart", run.getId(), run.getName());
    }
    subscription = training.subscribe(this::record);
  }

  private void record(TrainingEvent event) {
    if (event instanceof TrainingEvent.BatchProgress) {
      return;
    }
    TrainingJob job = training.job(event.jobId()).orElse(null);
    if (job == null) {
      return;
    }
    Run run = runs.findById(job.id()).orElse(null);
    if (run == null) {
      if (!(event instanceof TrainingEvent.Queued)) {
        return; // deleted while training
      }
      run = json.newRun(job.id(), job.spec(), job.owner());
      TrainingRequest request = job.request();
      if (request.studyId() != null) {
        run.tag(
            request.studyId(),
            request.trial(),
            request.fold() == null ? null : request.fold().index());
      }
      run.setStatus(RunStatus.QUEUED);
      run.setCreatedAt(job.createdAt());
      runs.save(run);
      return;
    }
    apply(run, event, job.snapshot());
    runs.save(run);
  }

  private void apply(Run run, TrainingEvent event, JobSnapshot snapshot) {
    if (event instanceof TrainingEvent.Started) {
      run.setStatus(RunStatus.RUNNING);
      run.setStartedAt(Instant.now());
    } else if (event instanceof TrainingEvent.EpochEnd) {
      json.setHistory(run, new ArrayList<>(snapshot.epochs()));
    } else if (event instanceof TrainingEvent.Finished finished) {
      json.setHistory(run, snapshot.epochs());
      json.setResult(run, finished.result(), snapshot.losses());
      run.setTrainingSeconds(finished.trainingSeconds());
      run.setMessage(finished.stopReason());
      end(run, RunStatus.FINISHED);
    } else if (event instanceof TrainingEvent.Failed failed) {
      run.setMessage(failed.message());
      end(run, RunStatus.FAILED);
    } else if (event instanceof TrainingEvent.Cancelled cancelled) {
      run.setMessage("Cancelled after " + cancelled.batchesTrained() + " batches.");
      end(run, RunStatus.CANCELLED);
    }
  }

  private static void end(Run run, RunStatus status) {
    run.setStatus(status);
    run.setFinishedAt(Instant.now());
  }

  @PreDestroy
  void stop() {
    if (subscription != null) {
      subscription.close();
    }
  }
}
