package org.fashionlab.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for a class's assignments and its leaderboard over all of them. */
@RestController
@RequestMapping("/api/classes/{classId}")
@Tag(name = "Assignments")
class ClassLeaderboardController {

  private final Assignments assignments;
  private final Leaderboards leaderboards;

  ClassLeaderboardController(Assignments assignments, Leaderboards leaderboards) {
    this.assignments = assignments;
    this.leaderboards = leaderboards;
  }

  @GetMapping("/assignments")
  @Operation(summary = "The assignments of a class you are in, soonest due first; 403 otherwise")
  List<AssignmentSummary> assignments(@PathVariable UUID classId) {
    return assignments.ofClass(classId);
  }

  @GetMapping("/leaderboard")
  @Operation(
      summary = "Each student's best submitted run over all the class's assignments",
      description =
          "Ranked by validation accuracy; each row's test accuracy follows its own assignment's"
              + " lock (hidden from classmates until that assignment is due). 403 for a class you"
              + " are not in, 404 for an unknown one.")
  ClassLeaderboard leaderboard(@PathVariable UUID classId) {
    return leaderboards.ofClass(classId);
  }
}
