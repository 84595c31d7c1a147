package org.fashionlab.model;

/** Optimizers a training can use. */
public enum OptimizerKind {
  ADAM("Adam"),
  SGD("SGD"),
  RMSPROP("RMSprop");

  private final String label;

  OptimizerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
