package org.fashionlab.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TestSetLockTest {

  private static final Instant DUE = Instant.parse("2026-12-10T12:00:00Z");
  private static final UUID OWNER = UUID.randomUUID();
  private static final UUID CLASSMATE = UUID.randomUUID();

  private static AssignmentSummary assignment(boolean locked) {
    return new AssignmentSummary(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "c",
        "t",
        "",
        DUE,
        locked,
        Target.NONE,
        "",
        null,
        DUE.minusSeconds(86_400));
  }

  @Test
  void beforeTheDueDateALockedRunIsHiddenFromClassmatesAndShownToItsOwnerAndTeacher() {
    Instant before = DUE.minusSeconds(1);
    AssignmentSummary locked = assignment(true);
    assertThat(TestSetLock.reveals(locked, OWNER, CLASSMATE, false, before)).isFalse();
    assertThat(TestSetLock.reveals(locked, OWNER, OWNER, false, before)).isTrue();
    assertThat(TestSetLock.reveals(locked, OWNER, UUID.randomUUID(), true, before)).isTrue();
    assertThat(TestSetLock.unlockedForAll(locked, before)).isFalse();
  }

  @Test
  void fromTheDueDateOnEveryoneSeesTestAccuracy() {
    assertThat(TestSetLock.reveals(assignment(true), OWNER, CLASSMATE, false, DUE)).isTrue();
    assertThat(TestSetLock.unlockedForAll(assignment(true), DUE)).isTrue();
  }

  @Test
  void anUnlockedAssignmentShowsTestAccuracyAtOnce() {
    Instant before = DUE.minusSeconds(3_600);
    assertThat(TestSetLock.reveals(assignment(false), OWNER, CLASSMATE, false, before)).isTrue();
  }
}
