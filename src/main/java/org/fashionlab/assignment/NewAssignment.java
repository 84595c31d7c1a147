package org.fashionlab.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * What a teacher fills in for a new assignment.
 *
 * @param classId the class it is for; the teacher must teach it
 * @param title 1 to 120 characters
 * @param instructions what to do, up to 4,000 characters
 * @param dueAt when it is due; submissions after it are marked late
 * @param lockedTestSet whether students see test accuracy only once they submit (default on)
 * @param target the conditions a run must meet; null for none
 * @param handIn a sheet to answer besides the runs, or null
 */
public record NewAssignment(
    UUID classId,
    String title,
    String instructions,
    Instant dueAt,
    Boolean lockedTestSet,
    Target target,
    HandIn handIn) {

  public static final int MAX_TITLE = 120;
  public static final int MAX_INSTRUCTIONS = 4_000;
}
