package org.fashionlab.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments as the signed-in person reaches them: everyone in a class sees its assignments; only
 * a teacher of the class creates one. Unknown ids are answered with {@link NoSuchElementException},
 * another class's assignment with {@link NotYoursException}.
 */
@Service
public class Assignments {

  private final AssignmentRepository assignments;
  private final SubmissionRepository submissions;
  private final Accounts accounts;
  private final CurrentUser currentUser;
  private final Clock clock = Clock.systemUTC();

  Assignments(
      AssignmentRepository assignments,
      SubmissionRepository submissions,
      Accounts accounts,
      CurrentUser currentUser) {
    this.assignments = assignments;
    this.submissions = submissions;
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  /**
   * The assignments of every class the signed-in person teaches or belongs to, soonest due first.
   */
  @Transactional(readOnly = true)
  public List<AssignmentSummary> mine() {
    SignedInUser viewer = currentUser.require();
    return assignments.findByClassIdInOrderByDueAtAsc(viewer.classIds()).stream()
        .map(this::summary)
        .toList();
  }

  /** One assignment of a class the signed-in person is in. */
  @Transactional(readOnly = true)
  public AssignmentSummary get(UUID id) {
    return summary(visible(id));
  }

  /**
   * The assignments of one class the signed-in person teaches or belongs to, soonest due first.
   *
   * @throws NoSuchElementException for an unknown class
   * @throws NotYoursException for a class they are not in
   */
  @Transactional(readOnly = true)
  public List<AssignmentSummary> ofClass(UUID classId) {
    return of(visibleClass(classId));
  }

  /** The assignments of a class already checked with {@link #visibleClass}. */
  List<AssignmentSummary> of(ClassSummary classroom) {
    return assignments.findByClassIdInOrderByDueAtAsc(List.of(classroom.id())).stream()
        .map(this::summary)
        .toList();
  }

  /** A class the signed-in person teaches or belongs to. */
  ClassSummary visibleClass(UUID classId) {
    ClassSummary classroom =
        accounts
            .classById(classId)
            .orElseThrow(() -> new NoSuchElementException("There is no class " + classId + "."));
    if (!currentUser.require().classIds().contains(classId)) {
      throw new NotYoursException(
          "The class \""
              + classroom.name()
              + "\" is not yours: ask its teacher for the join code.");
    }
    return classroom;
  }

  /** Whether the signed-in person teaches the assignment's class. */
  public boolean teaches(AssignmentSummary assignment) {
    SignedInUser viewer = currentUser.require();
    return viewer.isTeacher() && accounts.teachesClass(viewer.id(), assignment.classId());
  }

  /** The assignment, refused unless the signed-in person teaches its class. */
  @Transactional(readOnly = true)
  public AssignmentSummary taught(UUID id) {
    AssignmentSummary assignment = get(id);
    if (!teaches(assignment)) {
      throw new NotYoursException(
          "Only a teacher of the class \"" + assignment.className() + "\" sees this.");
    }
    return assignment;
  }

  /**
   * Creates an assignment for a class the signed-in teacher teaches.
   *
   * @throws InvalidAssignmentException naming each refused field
   */
  @Transactional
  public AssignmentSummary create(NewAssignment spec) {
    List<SpecViolation> violations = violations(spec);
    if (!violations.isEmpty()) {
      throw new InvalidAssignmentException(violations);
    }
    SignedInUser viewer = currentUser.require();
    ClassSummary classroom =
        accounts
            .classById(spec.classId())
            .orElseThrow(
                () -> new NoSuchElementException("There is no class " + spec.classId() + "."));
    if (!viewer.isTeacher() || !accounts.teachesClass(viewer.id(), classroom.id())) {
      throw new NotYoursException(
          "Only a teacher of the class \"" + classroom.name() + "\" gives it assignments.");
    }
    return summary(assignments.save(new Assignment(classroom.id(), spec, viewer.id())));
  }

  /**
   * Changes an assignment's title, instructions, due date, lock and target (a teacher of its class
   * only). Its class and hand-in sheet stay; submissions are marked late again against the new due
   * date, so an extension forgives them.
   *
   * @throws InvalidAssignmentException naming each refused field, or a different class
   */
  @Transactional
  public AssignmentSummary update(UUID id, NewAssignment spec) {
    AssignmentSummary current = taught(id);
    NewAssignment edited =
        new NewAssignment(
            spec.classId() == null ? current.classId() : spec.classId(),
            spec.title(),
            spec.instructions(),
            spec.dueAt(),
            spec.lockedTestSet(),
            spec.target(),
            current.handIn());
    List<SpecViolation> violations = new ArrayList<>(violations(edited));
    if (!current.classId().equals(edited.classId())) {
      violations.add(
          new SpecViolation(
              "classId", "an assignment stays in its class: create a new one for another class"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidAssignmentException(violations);
    }
    Assignment assignment = visible(id);
    assignment.update(edited);
    for (Submission s : submissions.findByAssignmentIdOrderBySubmittedAtAsc(id)) {
      s.setLate(!s.getSubmittedAt().isBefore(edited.dueAt()));
    }
    return summary(assignment);
  }

  /**
   * Deletes an assignment with its submissions and hand-in answers (a teacher of its class only);
   * the submitted runs stay their students'.
   */
  @Transactional
  public void delete(UUID id) {
    taught(id);
    assignments.deleteById(id);
  }

  /** Creates the course's ready-made Lab 5 for a class, due in two weeks. */
  @Transactional
  public AssignmentSummary createLab5(UUID classId) {
    return create(Lab5Assignment.forClass(classId, clock.instant()));
  }

  /** What is wrong with a new assignment, field by field. */
  public static List<SpecViolation> violations(NewAssignment spec) {
    List<SpecViolation> violations = new ArrayList<>();
    if (spec.classId() == null) {
      violations.add(new SpecViolation("classId", "choose the class"));
    }
    String title = spec.title() == null ? "" : spec.title().strip();
    if (title.isEmpty() || title.length() > NewAssignment.MAX_TITLE) {
      violations.add(
          new SpecViolation("title", "needs 1 to " + NewAssignment.MAX_TITLE + " characters"));
    }
    if (spec.instructions() != null
        && spec.instructions().length() > NewAssignment.MAX_INSTRUCTIONS) {
      violations.add(
          new SpecViolation(
              "instructions", "at most " + NewAssignment.MAX_INSTRUCTIONS + " characters"));
    }
    if (spec.dueAt() == null) {
      violations.add(new SpecViolation("dueAt", "choose the due date and time"));
    }
    if (spec.target() != null) {
      violations.addAll(spec.target().violations("target."));
    }
    return violations;
  }

  Assignment visible(UUID id) {
    Assignment assignment =
        assignments
            .findById(id)
            .orElseThrow(() -> new NoSuchElementException("There is no assignment " + id + "."));
    if (!currentUser.require().classIds().contains(assignment.getClassId())) {
      throw new NotYoursException(
          "This assignment is for a class you are not in: ask its teacher for the join code.");
    }
    return assignment;
  }

  Clock clock() {
    return clock;
  }

  private AssignmentSummary summary(Assignment a) {
    String className = accounts.classById(a.getClassId()).map(ClassSummary::name).orElse("");
    Target target = a.target();
    return new AssignmentSummary(
        a.getId(),
        a.getClassId(),
        className,
        a.getTitle(),
        a.getInstructions(),
        a.getDueAt(),
        a.isLockedTestSet(),
        target,
        target.describe(),
        a.getHandIn(),
        a.getCreatedAt());
  }
}
