package org.fashionlab.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StartTimesTest {

  private final UUID b = UUID.randomUUID();
  private final UUID c = UUID.randomUUID();
  private final UUID a2 = UUID.randomUUID();

  @Test
  void oneWorkerStartsEachRunWhenTheOneBeforeEnds() {
    Map<UUID, Double> starts =
        StartTimes.of(
            1,
            1,
            List.of(new StartTimes.Busy("ann", 10)),
            List.of(
                new StartTimes.Waiting(b, "bob", 5),
                new StartTimes.Waiting(c, "cid", 4),
                new StartTimes.Waiting(a2, "ann", 3)));
    assertThat(starts).containsEntry(b, 10.0).containsEntry(c, 15.0).containsEntry(a2, 19.0);
  }

  @Test
  void twoWorkersTakeTurnsButAnOwnerWaitsForTheirOwnRun() {
    // Ann trains (10 s left) on one worker; the other is free. Ann's next run must wait for hers,
    // so Bob's goes first on the free worker even though Ann's is ahead in the order.
    Map<UUID, Double> starts =
        StartTimes.of(
            2,
            1,
            List.of(new StartTimes.Busy("ann", 10)),
            List.of(new StartTimes.Waiting(a2, "ann", 3), new StartTimes.Waiting(b, "bob", 5)));
    assertThat(starts).containsEntry(b, 0.0).containsEntry(a2, 10.0);
  }

  @Test
  void withNothingTrainingEveryWorkerStartsAtOnce() {
    Map<UUID, Double> starts =
        StartTimes.of(
            2,
            1,
            List.of(),
            List.of(
                new StartTimes.Waiting(a2, "ann", 3),
                new StartTimes.Waiting(b, "bob", 5),
                new StartTimes.Waiting(c, "cid", 4)));
    assertThat(starts).containsEntry(a2, 0.0).containsEntry(b, 0.0).containsEntry(c, 3.0);
  }
}
