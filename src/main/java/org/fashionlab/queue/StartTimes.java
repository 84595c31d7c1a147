package org.fashionlab.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * When waiting runs will start: the fair order played forward on the live workers, each run taking
 * its estimated time, and no owner training more runs at once than allowed.
 */
final class StartTimes {

  /** A run training now: whose, and the seconds it still needs. */
  record Busy(String owner, double secondsLeft) {}

  /** A waiting run, in fair order, with the seconds it will need once started. */
  record Waiting(UUID id, String owner, double seconds) {}

  private StartTimes() {}

  /** Seconds from now until each waiting run starts. */
  static Map<UUID, Double> of(
      int workers, int maxRunningPerOwner, List<Busy> running, List<Waiting> order) {
    PriorityQueue<Double> free = new PriorityQueue<>();
    Map<String, PriorityQueue<Double>> ownerEnds = new HashMap<>();
    for (Busy b : running) {
      free.add(b.secondsLeft());
      ownerEnds.computeIfAbsent(b.owner(), o -> new PriorityQueue<>()).add(b.secondsLeft());
    }
    while (free.size() < Math.max(1, workers)) {
      free.add(0.0);
    }
    while (free.size() > Math.max(1, workers)) {
      free.poll(); // more runs training than live workers: some worker just died
    }
    List<Waiting> pending = new ArrayList<>(order);
    Map<UUID, Double> starts = new HashMap<>();
    while (!pending.isEmpty()) {
      double t = free.poll();
      Waiting next = null;
      double start = Double.POSITIVE_INFINITY;
      for (Waiting w : pending) {
        double ownerFree = ownerFreeAt(ownerEnds.get(w.owner()), maxRunningPerOwner, t);
        double candidate = Math.max(t, ownerFree);
        if (candidate < start) {
          start = candidate;
          next = w;
        }
        if (candidate == t) {
          break; // the first in fair order that can start now
        }
      }
      pending.remove(next);
      double begins = start;
      starts.put(next.id(), begins);
      double end = begins + next.seconds();
      free.add(end);
      PriorityQueue<Double> ends =
          ownerEnds.computeIfAbsent(next.owner(), o -> new PriorityQueue<>());
      ends.removeIf(e -> e <= begins);
      ends.add(end);
    }
    return starts;
  }

  /** When an owner may start another run, given the ends of their runs training then. */
  private static double ownerFreeAt(PriorityQueue<Double> ends, int limit, double t) {
    if (ends == null) {
      return 0;
    }
    List<Double> stillRunning = ends.stream().filter(e -> e > t).sorted().toList();
    return stillRunning.size() < limit ? 0 : stillRunning.get(stillRunning.size() - limit);
  }
}
