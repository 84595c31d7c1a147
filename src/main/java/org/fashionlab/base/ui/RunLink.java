package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;

/**
 * A link to a run's own page, {@code /runs/<id>}: the one target every page links a run to. It is a
 * router link (the app navigates without reloading) that needs no reference to the run page's
 * class, so pages of any feature can link a run.
 */
public final class RunLink {

  /** The run page's route; the run's id follows it. */
  public static final String ROUTE = "runs";

  private RunLink() {}

  /** The run page's path, relative to the app's root. */
  public static String path(UUID runId) {
    return ROUTE + "/" + runId;
  }

  /** A link reading {@code text} to the page of run {@code runId}. */
  public static Anchor to(UUID runId, String text) {
    Anchor link = new Anchor(path(runId), text);
    link.getElement().setAttribute("router-link", true);
    link.addClassName("fl-run-link");
    return link;
  }
}
