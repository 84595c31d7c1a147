package org.fashionlab.queue;

import java.util.List;
import java.util.UUID;
import org.fashionlab.registry.RunLosses;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.EpochMetrics;

/**
 * What a watcher of one run needs after a change, read once for all watchers of that run.
 *
 * @param summary the run now; null when it was deleted
 * @param history every epoch of the current attempt when their number changed, else null
 * @param newLosses loss chunks of the current attempt stored since the previous update
 * @param restarted the run began a new attempt since the previous update (drop earlier curves)
 */
public record RunUpdate(
    UUID runId,
    RunSummary summary,
    RunProgress progress,
    List<EpochMetrics> history,
    List<RunLosses.Chunk> newLosses,
    boolean restarted) {

  public RunUpdate {
    newLosses = List.copyOf(newLosses);
  }

  public boolean deleted() {
    return summary == null;
  }
}
