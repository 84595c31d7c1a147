package org.fashionlab.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assignment as pages and the API show it.
 *
 * @param target the conditions a run must meet
 * @param targetText the same in words
 * @param handIn the sheet to answer besides the runs, or null
 */
public record AssignmentSummary(
    UUID id,
    UUID classId,
    String className,
    String title,
    String instructions,
    Instant dueAt,
    boolean lockedTestSet,
    Target target,
    String targetText,
    HandIn handIn,
    Instant createdAt) {

  /** Whether it is past due at {@code now}. */
  public boolean isPastDue(Instant now) {
    return !now.isBefore(dueAt);
  }
}
