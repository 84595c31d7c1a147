package org.fashionlab.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.account.ClassSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leaderboards of an assignment and of a class, for anyone in the class. */
@Service
public class Leaderboards {

  private final Assignments assignments;
  private final Submissions submissions;
  private final SubmissionRepository rows;

  Leaderboards(Assignments assignments, Submissions submissions, SubmissionRepository rows) {
    this.assignments = assignments;
    this.submissions = submissions;
    this.rows = rows;
  }

  @Transactional(readOnly = true)
  public Leaderboard of(UUID assignmentId) {
    AssignmentSummary assignment = assignments.get(assignmentId);
    Map<UUID, Long> counts = counts(assignment);
    List<LeaderboardRow> ranked = new ArrayList<>();
    for (SubmissionRow best : submissions.bestPerStudent(assignment)) {
      ranked.add(
          new LeaderboardRow(
              ranked.size() + 1,
              best,
              counts.getOrDefault(best.studentId(), 0L).intValue(),
              assignment.id(),
              assignment.title()));
    }
    boolean all = TestSetLock.unlockedForAll(assignment, assignments.clock().instant());
    return new Leaderboard(
        assignment,
        ranked,
        all,
        all
            ? "validation accuracy, with test accuracy beside it"
            : "validation accuracy (the test set is locked until the due date)",
        ReferenceLine.FASHION_MNIST);
  }

  /**
   * Each student's best run over all the class's assignments, ranked by validation accuracy (the
   * earlier submission first among equals); every row shows test accuracy as its own assignment's
   * lock allows the viewer.
   */
  @Transactional(readOnly = true)
  public ClassLeaderboard ofClass(UUID classId) {
    ClassSummary classroom = assignments.visibleClass(classId);
    List<AssignmentSummary> given = assignments.of(classroom);
    Map<UUID, LeaderboardRow> best = new LinkedHashMap<>();
    Map<UUID, Integer> counts = new HashMap<>();
    for (AssignmentSummary assignment : given) {
      counts(assignment).forEach((student, n) -> counts.merge(student, n.intValue(), Integer::sum));
      for (SubmissionRow row : submissions.bestPerStudent(assignment)) {
        LeaderboardRow candidate =
            new LeaderboardRow(0, row, 0, assignment.id(), assignment.title());
        best.merge(row.studentId(), candidate, (a, b) -> BETTER.compare(a, b) <= 0 ? a : b);
      }
    }
    List<LeaderboardRow> ranked = new ArrayList<>();
    best.values().stream()
        .sorted(BETTER)
        .forEach(
            r ->
                ranked.add(
                    new LeaderboardRow(
                        ranked.size() + 1,
                        r.best(),
                        counts.getOrDefault(r.best().studentId(), 0),
                        r.assignmentId(),
                        r.assignmentTitle())));
    return new ClassLeaderboard(
        classroom.id(),
        classroom.name(),
        given.size(),
        ranked,
        "validation accuracy over all the class's assignments (test accuracy where its"
            + " assignment shows it)",
        ReferenceLine.FASHION_MNIST);
  }

  /**
   * What an assignment's leaderboard depends on, read in two small queries: its settings, whether
   * it is past due, how many submissions it has and the latest. A page polling the board redraws
   * only when this changes (a renamed run shows its new name with the next change).
   */
  @Transactional(readOnly = true)
  public String stamp(UUID assignmentId) {
    return stamp(List.of(assignments.get(assignmentId)));
  }

  /** Like {@link #stamp(UUID)} for a class's leaderboard over all its assignments. */
  @Transactional(readOnly = true)
  public String classStamp(UUID classId) {
    return stamp(assignments.ofClass(classId));
  }

  private String stamp(List<AssignmentSummary> given) {
    List<UUID> ids = given.stream().map(AssignmentSummary::id).toList();
    Instant now = assignments.clock().instant();
    StringBuilder stamp = new StringBuilder();
    for (AssignmentSummary a : given) {
      stamp.append(a).append(a.isPastDue(now)).append(';');
    }
    if (!ids.isEmpty()) {
      stamp.append(rows.countByAssignmentIdIn(ids)).append(rows.latestSubmittedAt(ids));
    }
    return stamp.toString();
  }

  private static final Comparator<LeaderboardRow> BETTER =
      Comparator.comparing(
              (LeaderboardRow r) ->
                  r.best().validationAccuracy() == null ? -1 : r.best().validationAccuracy())
          .reversed()
          .thenComparing(r -> r.best().submittedAt());

  private Map<UUID, Long> counts(AssignmentSummary assignment) {
    return rows.findByAssignmentIdOrderBySubmittedAtAsc(assignment.id()).stream()
        .collect(Collectors.groupingBy(Submission::getStudentId, Collectors.counting()));
  }
}
