package org.fashionlab.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;

/**
 * Everything known about a job at one moment: enough to draw its page from scratch.
 *
 * @param queuePosition 1 runs next; 0 when not queued
 * @param started sizes of the run, null until it starts
 * @param progress the latest progress, null before the first batch
 * @param epochs metrics of every finished epoch
 * @param losses sampled training losses so far
 * @param finished the test result, null until finished
 * @param message why it failed, or null
 */
public record JobSnapshot(
    UUID id,
    ModelSpec spec,
    Instant createdAt,
    JobStatus status,
    int queuePosition,
    TrainingEvent.Started started,
    TrainingEvent.BatchProgress progress,
    List<EpochMetrics> epochs,
    List<LossPoint> losses,
    TrainingEvent.Finished finished,
    String message) {

  public JobSnapshot {
    epochs = List.copyOf(epochs);
    losses = List.copyOf(losses);
  }
}
