package org.fashionlab.lab;

/**
 * Where the app answers (part of) an exercise: a page, a section of it, and what to do there. A
 * place that is not built yet has no route and says what is coming.
 *
 * @param what what the student does or finds there, e.g. "the loss named in the form"
 * @param route the page's route with any query, e.g. "train?preset=Course+CNN"; null when pending
 * @param section the id of the section on that page, or null for the top of the page
 */
public record LabPlace(String what, String route, String section) {

  /** A place on an existing page. */
  public static LabPlace at(String what, String route, String section) {
    return new LabPlace(what, route, section);
  }

  /** A place that does not exist yet; {@code what} says what will be there. */
  public static LabPlace pending(String what) {
    return new LabPlace(what, null, null);
  }

  public boolean exists() {
    return route != null;
  }

  /** The link: route, then #section when there is one. */
  public String href() {
    return section == null ? route : route + "#" + section;
  }

  /** The route without its query, as the router matches it. */
  public String path() {
    int query = route.indexOf('?');
    return query < 0 ? route : route.substring(0, query);
  }
}
