package org.fashionlab.training;

/** What a running training is doing now. */
public enum TrainingPhase {
  TRAINING("training"),
  VALIDATING("measuring on the validation images"),
  TESTING("evaluating on the 10,000 test images"),
  SAVING("saving the model");

  private final String description;

  TrainingPhase(String description) {
    this.description = description;
  }

  /** The phase in words, e.g. "evaluating on the 10,000 test images". */
  public String description() {
    return description;
  }
}
