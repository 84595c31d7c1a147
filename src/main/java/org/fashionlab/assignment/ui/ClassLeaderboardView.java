package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.assignment.ClassLeaderboard;
import org.fashionlab.assignment.Leaderboards;
import org.fashionlab.base.ui.MainLayout;

/**
 * A class's leaderboard over all its assignments, for its teachers and students; refreshed every
 * few seconds, so runs submitted meanwhile appear.
 */
@Route(value = "classes/:classId/leaderboard", layout = MainLayout.class)
@PageTitle("Class leaderboard · Fashion Lab")
@PermitAll
class ClassLeaderboardView extends Div implements BeforeEnterObserver {

  static final String CLASS_ID = "classId";

  private final Leaderboards leaderboards;
  private final LeaderboardPanel leaderboard = new LeaderboardPanel();
  private final H2 title = new H2("Class leaderboard");
  private final Paragraph about = new Paragraph();
  private UUID classId;
  private Registration polling;
  private String shown;

  ClassLeaderboardView(Leaderboards leaderboards) {
    this.leaderboards = leaderboards;
    addClassName("fl-class-leaderboard-view");
    about.setId("class-leaderboard-about");
  }

  static RouteParameters parameters(UUID classId) {
    return new RouteParameters(CLASS_ID, classId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    add(title, about);
    try {
      classId = UUID.fromString(event.getRouteParameters().get(CLASS_ID).orElse(""));
      shown = leaderboards.classStamp(classId);
      show(leaderboards.ofClass(classId));
      add(leaderboard);
    } catch (IllegalArgumentException | NoSuchElementException | NotYoursException e) {
      classId = null;
      title.setText("Class leaderboard");
      about.setText(e instanceof NotYoursException ? e.getMessage() : "There is no such class.");
    }
  }

  private void show(ClassLeaderboard board) {
    title.setText(board.className() + ": class leaderboard");
    about.setText(
        board.assignments() == 1
            ? "Each student's best run submitted to the class's assignment."
            : "Each student's best run over the class's "
                + board.assignments()
                + " assignments, whichever it was submitted to.");
    leaderboard.show(board);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().setPollInterval(AssignmentView.REFRESH_MILLIS);
    polling =
        event
            .getUI()
            .addPollListener(
                e -> {
                  if (classId == null) {
                    return;
                  }
                  try {
                    String now = leaderboards.classStamp(classId);
                    if (!now.equals(shown)) {
                      shown = now;
                      show(leaderboards.ofClass(classId));
                    }
                  } catch (NoSuchElementException | NotYoursException gone) {
                    // the class was deleted, or the viewer left it, while the page was open
                    classId = null;
                    remove(leaderboard);
                    about.setText(gone.getMessage());
                  }
                });
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
    }
  }
}
