package org.fashionlab.assignment;

import java.util.List;
import java.util.UUID;

/**
 * A class's standings over all its assignments: each student's best submitted run by validation
 * accuracy, whichever assignment it went to, its test accuracy as that assignment's lock allows the
 * viewer.
 *
 * @param assignments how many assignments the class has
 * @param rankedBy what the ranking reads, in words
 */
public record ClassLeaderboard(
    UUID classId,
    String className,
    int assignments,
    List<LeaderboardRow> rows,
    String rankedBy,
    List<ReferenceLine> references) {

  public ClassLeaderboard {
    rows = List.copyOf(rows);
    references = List.copyOf(references);
  }
}
