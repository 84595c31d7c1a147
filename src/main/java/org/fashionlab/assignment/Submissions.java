package org.fashionlab.assignment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs handed in for assignments: a student submits their own finished runs to an assignment of a
 * class they are in, as many as they like (the best counts); after the due date they are marked
 * late. Every row leaves here with its test accuracy as {@link TestSetLock} allows the viewer.
 */
@Service
public class Submissions {

  private final SubmissionRepository submissions;
  private final Assignments assignments;
  private final RunService runs;
  private final Accounts accounts;
  private final CurrentUser currentUser;

  Submissions(
      SubmissionRepository submissions,
      Assignments assignments,
      RunService runs,
      Accounts accounts,
      CurrentUser currentUser) {
    this.submissions = submissions;
    this.assignments = assignments;
    this.runs = runs;
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  /**
   * Hands in a finished run of the signed-in student.
   *
   * @throws NotYoursException for a teacher, or a run of someone else
   * @throws IllegalStateException for a run that has not finished, or one already submitted
   */
  @Transactional
  public SubmissionRow submit(UUID assignmentId, UUID runId) {
    AssignmentSummary assignment = assignments.get(assignmentId);
    SignedInUser student = currentUser.require();
    if (student.isTeacher()) {
      throw new NotYoursException("Students submit runs; teachers see the submissions.");
    }
    RunSummary run = runs.summary(runId).orElseThrow(() -> RunService.notFound(runId));
    if (!student.id().equals(run.ownerId())) {
      throw new NotYoursException(
          "The run \"" + run.name() + "\" belongs to someone else: submit one of your own.");
    }
    if (run.status() != RunStatus.FINISHED) {
      throw new IllegalStateException(
          "The run \"" + run.name() + "\" has not finished: submit it once it has.");
    }
    if (submissions.existsByAssignmentIdAndRunId(assignmentId, runId)) {
      throw new IllegalStateException("The run \"" + run.name() + "\" is already submitted.");
    }
    Instant now = assignments.clock().instant();
    Submission saved =
        submissions.save(
            new Submission(assignmentId, runId, student.id(), now, assignment.isPastDue(now)));
    return row(assignment, saved, run, student.displayName(), student, false, now);
  }

  /** Every submission of an assignment, for a teacher of its class. */
  @Transactional(readOnly = true)
  public List<SubmissionRow> all(UUID assignmentId) {
    AssignmentSummary assignment = assignments.taught(assignmentId);
    return rows(assignment, submissions.findByAssignmentIdOrderBySubmittedAtAsc(assignmentId));
  }

  /** The signed-in person's own submissions to an assignment. */
  @Transactional(readOnly = true)
  public List<SubmissionRow> mine(UUID assignmentId) {
    AssignmentSummary assignment = assignments.get(assignmentId);
    return rows(
        assignment,
        submissions.findByAssignmentIdAndStudentIdOrderBySubmittedAtAsc(
            assignmentId, currentUser.require().id()));
  }

  /** One student's submissions to an assignment, as the signed-in person may see them. */
  List<SubmissionRow> of(AssignmentSummary assignment, UUID studentId) {
    return rows(
        assignment,
        submissions.findByAssignmentIdAndStudentIdOrderBySubmittedAtAsc(
            assignment.id(), studentId));
  }

  /** The signed-in student's finished runs that can still be submitted, newest first. */
  @Transactional(readOnly = true)
  public List<RunSummary> submittable(UUID assignmentId, List<RunSummary> ownRuns) {
    assignments.get(assignmentId);
    UUID me = currentUser.require().id();
    return ownRuns.stream()
        .filter(r -> me.equals(r.ownerId()) && r.status() == RunStatus.FINISHED)
        .filter(r -> !submissions.existsByAssignmentIdAndRunId(assignmentId, r.id()))
        .toList();
  }

  /**
   * Each student's best submission (highest validation accuracy, the earliest of equals), as the
   * viewer may see it.
   */
  @Transactional(readOnly = true)
  public List<SubmissionRow> bestPerStudent(AssignmentSummary assignment) {
    List<SubmissionRow> all =
        rows(assignment, submissions.findByAssignmentIdOrderBySubmittedAtAsc(assignment.id()));
    Comparator<SubmissionRow> better =
        Comparator.comparing(
                (SubmissionRow r) -> r.validationAccuracy() == null ? -1 : r.validationAccuracy())
            .reversed()
            .thenComparing(SubmissionRow::submittedAt);
    return all.stream().collect(Collectors.groupingBy(SubmissionRow::studentId)).values().stream()
        .map(list -> list.stream().sorted(better).findFirst().orElseThrow())
        .sorted(better)
        .toList();
  }

  private List<SubmissionRow> rows(AssignmentSummary assignment, List<Submission> found) {
    SignedInUser viewer = currentUser.require();
    boolean teaches = assignments.teaches(assignment);
    Instant now = assignments.clock().instant();
    Map<UUID, String> names =
        found.stream()
            .map(Submission::getStudentId)
            .distinct()
            .collect(Collectors.toMap(Function.identity(), this::displayName));
    return found.stream()
        .flatMap(
            s ->
                runs.summary(s.getRunId()).stream()
                    .map(
                        run ->
                            row(
                                assignment,
                                s,
                                run,
                                names.get(s.getStudentId()),
                                viewer,
                                teaches,
                                now)))
        .toList();
  }

  private String displayName(UUID accountId) {
    return accounts.get(accountId).map(AccountSummary::displayName).orElse("(removed)");
  }

  private static SubmissionRow row(
      AssignmentSummary assignment,
      Submission s,
      RunSummary run,
      String studentName,
      SignedInUser viewer,
      boolean teaches,
      Instant now) {
    boolean shown = TestSetLock.reveals(assignment, s.getStudentId(), viewer.id(), teaches, now);
    Target target = assignment.target();
    boolean hideVerdict = !shown && target.needsTestAccuracy();
    List<String> unmet = hideVerdict ? List.of() : target.unmet(run);
    return new SubmissionRow(
        s.getId(),
        run.id(),
        run.name(),
        s.getStudentId(),
        studentName,
        s.getSubmittedAt(),
        s.isLate(),
        model(run),
        run.parameters(),
        run.epochs(),
        run.finalValidationAccuracy(),
        shown ? run.testAccuracy() : null,
        shown,
        hideVerdict ? null : unmet.isEmpty(),
        unmet);
  }

  static String model(RunSummary run) {
    return run.kind() + " " + run.architecture() + ", " + run.optimizer();
  }
}
