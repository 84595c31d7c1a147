package org.fashionlab.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fashionlab.account.Scope;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs as the signed-in person may reach them: every page and API call that names a run, or lists
 * runs, goes through here ({@link WorkAccess} holds the rules), and what it answers has passed the
 * viewer's {@link RunLens} (test results of a locked test set left out). The services behind it
 * ({@link RunService}, the queue) do not check: the queue's own threads read every run.
 */
@Service
public class RunAccess {

  private final RunRepository runs;
  private final RunJson json;
  private final RunService service;
  private final WorkAccess access;
  private final TestSetGuard guard;
  private final Clock clock = Clock.systemUTC();

  RunAccess(
      RunRepository runs, RunJson json, RunService service, WorkAccess access, TestSetGuard guard) {
    this.runs = runs;
    this.json = json;
    this.service = service;
    this.access = access;
    this.guard = guard;
  }

  /**
   * What the signed-in person may see of runs, kept by a page for the updates it is pushed from
   * other threads (where nobody is signed in).
   */
  public RunLens lens() {
    return new RunLens(access.viewer(), guard, clock);
  }

  /**
   * The runs the signed-in person sees in {@code scope}, newest first: their own; with {@link
   * Scope#CLASS}, for a teacher everything of the classes they teach, for a student also the
   * finished runs classmates shared.
   */
  @Transactional(readOnly = true)
  public List<RunSummary> list(Scope scope) {
    SignedInUser viewer = access.viewer();
    List<Run> found =
        new ArrayList<>(
            runs.findByOwnerIdInOrderByCreatedAtDesc(access.managedOwners(viewer, scope)));
    if (scope == Scope.CLASS && !viewer.isTeacher()) {
      Set<UUID> classmates = access.classmates(viewer);
      if (!classmates.isEmpty()) {
        found.addAll(
            runs.findBySharedTrueAndStatusAndOwnerIdInOrderByCreatedAtDesc(
                RunStatus.FINISHED, classmates));
        found.sort(Comparator.comparing(Run::getCreatedAt, Comparator.reverseOrder()));
      }
    }
    return lens().show(found.stream().map(json::summary).toList());
  }

  /** A run the signed-in person may look at; refused with the reason otherwise. */
  public RunSummary readable(UUID id) {
    RunSummary run = service.summary(id).orElseThrow(() -> RunService.notFound(id));
    access.requireRead(access.viewer(), run.ownerId(), run.shared(), label(run));
    return lens().show(run);
  }

  /**
   * A run the signed-in person may download as an archive: one they may read whose test results
   * they may see (the archive holds them); refused with the reason otherwise.
   */
  public RunSummary exportable(UUID id) {
    RunSummary run = readable(id);
    if (run.isTestLocked()) {
      throw new IllegalStateException(
          run.testLockReason()
              + " The archive holds them, so it can be downloaded once they show.");
    }
    return run;
  }

  /** Everything about a run the signed-in person may look at; empty when there is no such run. */
  public java.util.Optional<RunDetails> details(UUID id) {
    if (service.summary(id).isEmpty()) {
      return java.util.Optional.empty();
    }
    readable(id);
    return lens().show(service.details(id));
  }

  /** Whether the run has a saved model that can predict (for a run the caller may read). */
  public boolean canPredict(UUID id) {
    return service.canPredict(id);
  }

  /** Class probabilities of each image by the model of a run the signed-in person may read. */
  public java.util.List<float[]> predict(UUID id, java.util.List<float[]> images) {
    readable(id);
    return service.predict(id, images);
  }

  /** A run the signed-in person may change, cancel or delete; refused otherwise. */
  public RunSummary manageable(UUID id) {
    RunSummary run = service.summary(id).orElseThrow(() -> RunService.notFound(id));
    access.requireManage(access.viewer(), run.ownerId(), label(run));
    return run;
  }

  /** Whether the signed-in person may change, cancel or delete {@code run}. */
  public boolean canManage(RunSummary run) {
    return access.canManage(access.viewer(), run.ownerId());
  }

  /** Whether {@code run} is the signed-in person's own. */
  public boolean isOwn(RunSummary run) {
    return access.viewer().id().equals(run.ownerId());
  }

  /** Renames a run the signed-in person may manage. */
  public RunSummary rename(UUID id, String name) {
    manageable(id);
    return lens().show(service.rename(id, name));
  }

  /**
   * Shares a finished run with the owner's classmates (read only), or stops sharing it; only the
   * owner decides.
   */
  @Transactional
  public RunSummary share(UUID id, boolean shared) {
    RunSummary summary = manageable(id);
    if (!access.viewer().id().equals(summary.ownerId())) {
      throw new org.fashionlab.account.NotYoursException(
          "Only the owner of " + label(summary) + " decides whether it is shared.");
    }
    Run run = runs.findById(id).orElseThrow(() -> RunService.notFound(id));
    run.setShared(shared);
    run.setUpdatedAt(Instant.now());
    return lens().show(json.summary(runs.save(run)));
  }

  private static String label(RunSummary run) {
    return "run \"" + run.name() + "\"";
  }
}
