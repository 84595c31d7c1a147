package org.fashionlab.assignment;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fashionlab.registry.TestSetGuard;
import org.fashionlab.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locked test sets of the assignments, applied to runs wherever they are shown (the same rule
 * as {@link TestSetLock} on the leaderboard): while an assignment of a student's class is open and
 * its test set locked, the student sees no test results of a run until they submit it to an
 * assignment, and none of a classmate's runs; a teacher sees everything they may read.
 */
@Service
class LockedTestSets implements TestSetGuard {

  private final AssignmentRepository assignments;
  private final SubmissionRepository submissions;

  LockedTestSets(AssignmentRepository assignments, SubmissionRepository submissions) {
    this.assignments = assignments;
    this.submissions = submissions;
  }

  @Override
  @Transactional(readOnly = true)
  public Locks locksFor(SignedInUser viewer, Instant now) {
    if (viewer.isTeacher() || viewer.classIds().isEmpty()) {
      return Locks.NONE;
    }
    List<Assignment> open =
        assignments.findByClassIdInOrderByDueAtAsc(viewer.classIds()).stream()
            .filter(a -> a.isLockedTestSet() && now.isBefore(a.getDueAt()))
            .toList();
    if (open.isEmpty()) {
      return Locks.NONE;
    }
    Assignment last = open.stream().max(Comparator.comparing(Assignment::getDueAt)).orElseThrow();
    String until = Figures.when(last.getDueAt());
    String assignment = "\"" + last.getTitle() + "\"";
    Set<UUID> submitted = new HashSet<>(submissions.findRunIdsByStudentId(viewer.id()));
    return run -> {
      if (viewer.id().equals(run.ownerId())) {
        return submitted.contains(run.id())
            ? null
            : "The test set is locked by the assignment "
                + assignment
                + ": choose on validation accuracy, then submit the run to see its test results"
                + " (or wait until "
                + until
                + ").";
      }
      return "The test set is locked by the assignment "
          + assignment
          + ": a classmate's test results show after "
          + until
          + ".";
    };
  }
}
