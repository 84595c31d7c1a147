package org.fashionlab.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.fashionlab.registry.RunLedger;

/**
 * The order in which queued runs will start if nothing else arrives: the fair share played forward.
 * The k-th queued run of an owner goes in round k; within a round, higher priority first, then the
 * owner who has waited longest.
 */
final class QueueOrder {

  private QueueOrder() {}

  /**
   * @param queued every queued run, oldest first
   * @param waitingSince when each owner began to wait (see {@link FairShare})
   */
  static List<RunLedger.Queued> of(
      List<RunLedger.Queued> queued, Function<String, Instant> waitingSince) {
    Map<String, List<RunLedger.Queued>> byOwner = new LinkedHashMap<>();
    queued.forEach(r -> byOwner.computeIfAbsent(r.owner(), o -> new ArrayList<>()).add(r));
    record Slot(RunLedger.Queued run, int round, Instant since) {}
    List<Slot> slots = new ArrayList<>();
    byOwner.forEach(
        (owner, runs) -> {
          Instant since = waitingSince.apply(owner);
          for (int k = 0; k < runs.size(); k++) {
            slots.add(new Slot(runs.get(k), k, since));
          }
        });
    slots.sort(
        Comparator.comparingInt((Slot s) -> -s.run().priority())
            .thenComparingInt(Slot::round)
            .thenComparing(Slot::since)
            .thenComparing(s -> s.run().createdAt())
            .thenComparing(s -> s.run().id(), Comparator.comparing(UUID::toString)));
    return slots.stream().map(Slot::run).toList();
  }
}
