package org.fashionlab.assignment;

import java.util.List;

/**
 * An assignment's standings: each student's best submission ranked by validation accuracy, with
 * test accuracy beside it once the viewer may see it.
 *
 * @param testShownToAll whether every row shows its test accuracy (past due, or not locked)
 * @param rankedBy what the ranking reads, in words
 */
public record Leaderboard(
    AssignmentSummary assignment,
    List<LeaderboardRow> rows,
    boolean testShownToAll,
    String rankedBy,
    List<ReferenceLine> references) {

  public Leaderboard {
    rows = List.copyOf(rows);
    references = List.copyOf(references);
  }
}
