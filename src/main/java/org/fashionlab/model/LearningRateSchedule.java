package org.fashionlab.model;

/**
 * How the learning rate moves over a training: held, or decayed along half a cosine from the chosen
 * rate to 0 at the last step (Keras' {@code learning_rate_schedule_cosine_decay}; DJL's cosine
 * tracker computes it).
 */
public enum LearningRateSchedule {
  CONSTANT("constant"),
  COSINE("cosine decay to 0");

  private final String label;

  LearningRateSchedule(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
