package org.fashionlab.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * Who sees a submitted run's test accuracy: choose on validation, judge once on test. A teacher of
 * the class always sees it; a run's owner once it is submitted; everyone in the class once the
 * assignment is past due or when its test set is not locked.
 */
final class TestSetLock {

  private TestSetLock() {}

  /**
   * @param runOwner the student who submitted the run
   * @param viewer the person asking
   * @param viewerTeaches whether the viewer teaches the assignment's class
   */
  static boolean reveals(
      AssignmentSummary assignment,
      UUID runOwner,
      UUID viewer,
      boolean viewerTeaches,
      Instant now) {
    return viewerTeaches
        || !assignment.lockedTestSet()
        || assignment.isPastDue(now)
        || viewer.equals(runOwner);
  }

  /** Whether anyone in the class may see every submitted run's test accuracy. */
  static boolean unlockedForAll(AssignmentSummary assignment, Instant now) {
    return !assignment.lockedTestSet() || assignment.isPastDue(now);
  }
}
