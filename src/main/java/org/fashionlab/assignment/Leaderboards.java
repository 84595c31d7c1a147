package org.fashionlab.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leaderboard of an assignment, for anyone in its class. */
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
    Map<UUID, Long> counts =
        rows.findByAssignmentIdOrderBySubmittedAtAsc(assignmentId).stream()
            .collect(Collectors.groupingBy(Submission::getStudentId, Collectors.counting()));
    List<LeaderboardRow> ranked = new ArrayList<>();
    for (SubmissionRow best : submissions.bestPerStudent(assignment)) {
      ranked.add(
          new LeaderboardRow(
              ranked.size() + 1, best, counts.getOrDefault(best.studentId(), 0L).intValue()));
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
}
