package org.fashionlab.assignment;

/** A hand-in an assignment asks for besides runs: a step and an answer per exercise of a sheet. */
public enum HandIn {
  /** The course's Lab 5 sheet (its exercises as the Lab 5 page lists them). */
  LAB5
}
