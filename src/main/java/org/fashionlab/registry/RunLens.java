package org.fashionlab.registry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fashionlab.security.SignedInUser;

/**
 * Runs as one viewer may see them: a run whose test set is locked for them (see {@link
 * TestSetGuard}) leaves here without anything measured on the test set and with the reason instead.
 * A page keeps the lens of the person who opened it, so updates pushed from other threads are
 * filtered for the same person; the locks are read afresh each time (a submission or a due date
 * unlocks at once).
 */
public final class RunLens {

  private final SignedInUser viewer;
  private final TestSetGuard guard;
  private final Clock clock;

  RunLens(SignedInUser viewer, TestSetGuard guard, Clock clock) {
    this.viewer = viewer;
    this.guard = guard;
    this.clock = clock;
  }

  public SignedInUser viewer() {
    return viewer;
  }

  /** The run as the viewer may see it. */
  public RunSummary show(RunSummary run) {
    if (run == null || !hasTestResults(run)) {
      return run;
    }
    return show(locks(), run);
  }

  /** The runs as the viewer may see them (the locks read once for all). */
  public List<RunSummary> show(List<RunSummary> runs) {
    if (runs.stream().noneMatch(RunLens::hasTestResults)) {
      return runs;
    }
    TestSetGuard.Locks locks = locks();
    return runs.stream().map(run -> show(locks, run)).toList();
  }

  /** Everything about the run the viewer may see. */
  public RunDetails show(RunDetails details) {
    if (details == null || !hasTestResults(details.summary())) {
      return details;
    }
    String reason = locks().reason(details.summary());
    return reason == null ? details : details.withTestLocked(reason);
  }

  public Optional<RunDetails> show(Optional<RunDetails> details) {
    return details.map(this::show);
  }

  /** Why the viewer may not see the run's test results yet, or empty when they may. */
  public Optional<String> lockReason(RunSummary run) {
    return hasTestResults(run) ? Optional.ofNullable(locks().reason(run)) : Optional.empty();
  }

  private TestSetGuard.Locks locks() {
    return guard.locksFor(viewer, clock.instant());
  }

  private static RunSummary show(TestSetGuard.Locks locks, RunSummary run) {
    if (!hasTestResults(run)) {
      return run;
    }
    String reason = locks.reason(run);
    return reason == null ? run : run.withTestLocked(reason);
  }

  private static boolean hasTestResults(RunSummary run) {
    return run.testAccuracy() != null || run.testLoss() != null;
  }
}
