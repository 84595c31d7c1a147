package org.fashionlab.assignment;

/** Which kind of network an assignment asks for. */
public enum ModelKind {
  ANY("any network"),
  MLP("MLP"),
  CNN("CNN");

  private final String label;

  ModelKind(String label) {
    this.label = label;
  }

  /** How a page names it, e.g. "MLP" or "any network". */
  public String label() {
    return label;
  }

  /** Whether a run of {@code runKind} ("MLP" or "CNN", as runs store it) is of this kind. */
  public boolean admits(String runKind) {
    return this == ANY || name().equalsIgnoreCase(runKind);
  }
}
