package org.fashionlab.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for assignments: the same data and rules as the Assignments page. */
@RestController
@RequestMapping("/api/assignments")
@Tag(name = "Assignments", description = "Assignments, submissions and leaderboards of a class")
class AssignmentController {

  private final Assignments assignments;
  private final Submissions submissions;
  private final Leaderboards leaderboards;

  AssignmentController(
      Assignments assignments, Submissions submissions, Leaderboards leaderboards) {
    this.assignments = assignments;
    this.submissions = submissions;
    this.leaderboards = leaderboards;
  }

  @GetMapping
  @Operation(summary = "The assignments of the caller's classes, soonest due first")
  List<AssignmentSummary> list() {
    return assignments.mine();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create an assignment for a class you teach (teachers only)",
      description = "400 names each invalid field; 403 for a student or another teacher's class")
  AssignmentSummary create(@RequestBody NewAssignment assignment) {
    return assignments.create(assignment);
  }

  /** The class to give the ready-made Lab 5. */
  record ForClass(UUID classId) {}

  @PostMapping("/lab5")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create the course's ready-made Lab 5 for a class you teach")
  AssignmentSummary createLab5(@RequestBody ForClass body) {
    return assignments.createLab5(body.classId());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One assignment of a class you are in; 403 for another class")
  AssignmentSummary get(@PathVariable UUID id) {
    return assignments.get(id);
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Change an assignment's text, due date, lock and target (teachers of its class)",
      description =
          "The class and hand-in sheet stay; submissions are marked late again against the new due"
              + " date. 400 names each invalid field; 403 for anyone else.")
  AssignmentSummary update(@PathVariable UUID id, @RequestBody NewAssignment assignment) {
    return assignments.update(id, assignment);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Delete an assignment with its submissions and hand-ins (teachers of its class)",
      description = "The submitted runs stay their students'. 403 for anyone else.")
  void delete(@PathVariable UUID id) {
    assignments.delete(id);
  }

  /** The run to hand in. */
  record RunChoice(UUID runId) {}

  @PostMapping("/{id}/submissions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Submit one of your finished runs (students); the best of several counts",
      description = "403 for someone else's run or a teacher; 409 for an unfinished run")
  SubmissionRow submit(@PathVariable UUID id, @RequestBody RunChoice choice) {
    return submissions.submit(id, choice.runId());
  }

  @GetMapping("/{id}/submissions")
  @Operation(summary = "Every submission (teachers of the class); 403 for anyone else")
  List<SubmissionRow> all(@PathVariable UUID id) {
    return submissions.all(id);
  }

  @GetMapping("/{id}/submissions/mine")
  @Operation(summary = "Your own submissions, with test accuracy (they are submitted)")
  List<SubmissionRow> mine(@PathVariable UUID id) {
    return submissions.mine(id);
  }

  @GetMapping("/{id}/leaderboard")
  @Operation(
      summary = "Each student's best run ranked by validation accuracy",
      description =
          "While the test set is locked and the assignment is not past due, a student sees the"
              + " test accuracy of their own submissions only; teachers see all of it.")
  Leaderboard leaderboard(@PathVariable UUID id) {
    return leaderboards.of(id);
  }
}
