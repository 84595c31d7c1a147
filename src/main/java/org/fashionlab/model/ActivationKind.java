package org.fashionlab.model;

/** Activation functions a layer can use; each maps to one of DJL's activation blocks. */
public enum ActivationKind {
  RELU("ReLU"),
  SIGMOID("Sigmoid"),
  TANH("tanh"),
  LEAKY_RELU("Leaky ReLU"),
  ELU("ELU"),
  GELU("GELU");

  private final String label;

  ActivationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
