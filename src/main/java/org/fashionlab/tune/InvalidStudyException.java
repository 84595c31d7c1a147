package org.fashionlab.tune;

import java.util.List;

/** A study was refused; the problems say what to change. */
public class InvalidStudyException extends RuntimeException {

  private final transient List<String> problems;

  public InvalidStudyException(List<String> problems) {
    super("Invalid study: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
