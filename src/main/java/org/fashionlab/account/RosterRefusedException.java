package org.fashionlab.account;

import java.util.List;

/** A roster with bad lines: nothing of it was imported; each problem names its line. */
public class RosterRefusedException extends AccountRefusedException {

  private final List<String> problems;

  RosterRefusedException(List<String> problems) {
    super("Nothing was imported. " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One sentence per bad line, e.g. "Line 3: the username "ana" is taken." */
  public List<String> problems() {
    return problems;
  }
}
