package org.fashionlab.model;

/**
 * Why a spec cannot be used.
 *
 * @param field the path of the offending field, e.g. "training.learningRate"
 * @param message what is wrong, in words a student can act on
 */
public record SpecViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
