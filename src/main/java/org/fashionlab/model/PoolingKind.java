package org.fashionlab.model;

/** Pooling after a convolution block. */
public enum PoolingKind {
  NONE("none"),
  MAX("max"),
  AVG("average");

  private final String label;

  PoolingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
