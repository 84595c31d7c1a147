package org.fashionlab.lab;

import java.util.List;

/**
 * One question or exercise of the course's Lab 5 sheet and where the app answers it.
 *
 * @param id a stable key, e.g. "ex8", for links and a later hand-in
 * @param part the sheet's part, e.g. "MLP: theory"
 * @param number as the sheet numbers it, e.g. "8" or "Q3"
 * @param title a few words
 * @param question the question, in short
 * @param places where the app answers it, first the main one
 */
public record LabExercise(
    String id, String part, String number, String title, String question, List<LabPlace> places) {

  public LabExercise {
    places = List.copyOf(places);
  }
}
