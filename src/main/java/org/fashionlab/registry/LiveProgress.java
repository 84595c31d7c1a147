package org.fashionlab.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The progress columns of a run, as the training writes them a few times per second. */
@Embeddable
class LiveProgress {

  private String phase;

  @Column(name = "progress_epoch")
  private Integer epoch;

  @Column(name = "progress_batch")
  private Integer batch;

  private Integer batchesPerEpoch;
  private Integer trainingImages;
  private Integer validationImages;
  private Integer threads;
  private Double runningAccuracy;
  private Double elapsedSeconds;
  private Double etaSeconds;
  private Instant progressAt;

  protected LiveProgress() {}

  String getPhase() {
    return phase;
  }

  Integer getEpoch() {
    return epoch;
  }

  Integer getBatch() {
    return batch;
  }

  Integer getBatchesPerEpoch() {
    return batchesPerEpoch;
  }

  Integer getTrainingImages() {
    return trainingImages;
  }

  Integer getValidationImages() {
    return validationImages;
  }

  Integer getThreads() {
    return threads;
  }

  Double getRunningAccuracy() {
    return runningAccuracy;
  }

  Double getElapsedSeconds() {
    return elapsedSeconds;
  }

  Double getEtaSeconds() {
    return etaSeconds;
  }

  Instant getProgressAt() {
    return progressAt;
  }
}
