package org.fashionlab.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.account.Scope;
import org.fashionlab.lab.LabExercise;
import org.fashionlab.lab.LabExercises;
import org.fashionlab.registry.RunService;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lab 5 hand-ins: a student writes an answer per exercise beside their own figures; the teachers of
 * the class read every student's. Figures come from the runs the student submitted, so the test set
 * stays locked for runs they have not handed in.
 */
@Service
public class HandIns {

  public static final int MAX_ANSWER = 10_000;

  private final Assignments assignments;
  private final Submissions submissions;
  private final HandInAnswerRepository answers;
  private final RunService runs;
  private final StudyService studies;
  private final Accounts accounts;
  private final CurrentUser currentUser;

  HandIns(
      Assignments assignments,
      Submissions submissions,
      HandInAnswerRepository answers,
      RunService runs,
      StudyService studies,
      Accounts accounts,
      CurrentUser currentUser) {
    this.assignments = assignments;
    this.submissions = submissions;
    this.answers = answers;
    this.runs = runs;
    this.studies = studies;
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  /** The signed-in student's own hand-in. */
  @Transactional(readOnly = true)
  public HandInWork mine(UUID assignmentId) {
    return of(assignmentId, currentUser.require().id());
  }

  /**
   * A student's hand-in, for that student or a teacher of the class.
   *
   * @throws NotYoursException for anyone else
   */
  @Transactional(readOnly = true)
  public HandInWork of(UUID assignmentId, UUID studentId) {
    AssignmentSummary assignment = assignments.get(assignmentId);
    SignedInUser viewer = currentUser.require();
    boolean own = viewer.id().equals(studentId);
    if (!own && !assignments.teaches(assignment)) {
      throw new NotYoursException("Only its author and the teachers of the class read a hand-in.");
    }
    Map<String, String> written =
        answers.findByAssignmentIdAndStudentId(assignmentId, studentId).stream()
            .collect(Collectors.toMap(HandInAnswer::getExerciseId, HandInAnswer::getAnswer));
    List<HandInStep> steps =
        LabExercises.all().stream()
            .map(
                e ->
                    new HandInStep(
                        e, written.getOrDefault(e.id(), ""), HandInStep.figuresOf(e.id())))
            .toList();
    List<SubmissionRow> submitted = submissions.of(assignment, studentId);
    SubmissionRow best =
        submitted.stream()
            .max(
                Comparator.comparing(
                    (SubmissionRow r) ->
                        r.validationAccuracy() == null ? -1 : r.validationAccuracy()))
            .orElse(null);
    StudyResult study =
        studies.list(Scope.CLASS).stream()
            .filter(s -> studentId.equals(s.ownerId()))
            .findFirst()
            .orElse(null);
    String name = accounts.get(studentId).map(AccountSummary::displayName).orElse("");
    return new HandInWork(
        assignment,
        studentId,
        name,
        steps,
        best == null ? null : runs.details(best.runId()).orElse(null),
        study,
        submitted,
        own);
  }

  /** Saves the signed-in student's answer to one exercise. */
  @Transactional
  public void answer(UUID assignmentId, String exerciseId, String text) {
    AssignmentSummary assignment = assignments.get(assignmentId);
    if (assignment.handIn() != HandIn.LAB5) {
      throw new IllegalArgumentException("This assignment has no hand-in.");
    }
    if (LabExercises.all().stream().map(LabExercise::id).noneMatch(exerciseId::equals)) {
      throw new IllegalArgumentException("Lab 5 has no exercise \"" + exerciseId + "\".");
    }
    String value = text == null ? "" : text;
    if (value.length() > MAX_ANSWER) {
      throw new IllegalArgumentException(
          "An answer has at most " + Figures.count(MAX_ANSWER) + " characters.");
    }
    UUID student = currentUser.require().id();
    HandInAnswer row =
        answers
            .findByAssignmentIdAndStudentIdAndExerciseId(assignmentId, student, exerciseId)
            .orElseGet(() -> new HandInAnswer(assignmentId, student, exerciseId));
    row.setAnswer(value);
    answers.save(row);
  }
}
