package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.account.Scope;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.Assignments;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.HandIn;
import org.fashionlab.assignment.InvalidAssignmentException;
import org.fashionlab.assignment.Leaderboards;
import org.fashionlab.assignment.SubmissionRow;
import org.fashionlab.assignment.Submissions;
import org.fashionlab.base.ui.DestructiveConfirm;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunSummary;

/**
 * One assignment: what to do, the leaderboard (refreshed every few seconds, so runs submitted
 * meanwhile appear), a student's submit picker, a teacher's submissions table.
 */
@Route(value = "assignments/:id", layout = MainLayout.class)
@PageTitle("Assignment · Fashion Lab")
@PermitAll
class AssignmentView extends Div implements BeforeEnterObserver {

  static final String ID = "id";
  static final int REFRESH_MILLIS = 3_000;

  private final Assignments assignments;
  private final Submissions submissions;
  private final Leaderboards leaderboards;
  private final RunAccess runs;
  private final LeaderboardPanel leaderboard = new LeaderboardPanel();
  private AssignmentSummary assignment;
  private SubmitPanel submit;
  private SubmissionsPanel table;
  private Registration polling;
  private String shown;

  AssignmentView(
      Assignments assignments, Submissions submissions, Leaderboards leaderboards, RunAccess runs) {
    this.assignments = assignments;
    this.submissions = submissions;
    this.leaderboards = leaderboards;
    this.runs = runs;
    addClassName("fl-assignment-view");
  }

  static RouteParameters parameters(UUID id) {
    return new RouteParameters(ID, id.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get(ID).orElse(""));
      assignment = assignments.get(id);
    } catch (IllegalArgumentException | NoSuchElementException | NotYoursException e) {
      assignment = null;
      add(new H2("Assignment"), new Paragraph(message(e)));
      return;
    }
    build();
  }

  private static String message(RuntimeException e) {
    return e instanceof NotYoursException ? e.getMessage() : "There is no such assignment.";
  }

  private void build() {
    Paragraph about =
        new Paragraph(
            assignment.className()
                + " · due "
                + Figures.when(assignment.dueAt())
                + " · target: "
                + assignment.targetText()
                + (assignment.lockedTestSet() ? " · test set locked until due" : ""));
    about.setId("assignment-about");
    Paragraph instructions = new Paragraph(assignment.instructions());
    instructions.addClassName("fl-instructions");
    instructions.getStyle().set("white-space", "pre-line");
    RouterLink classBoard =
        new RouterLink(
            assignment.className() + ": class leaderboard",
            ClassLeaderboardView.class,
            ClassLeaderboardView.parameters(assignment.classId()));
    classBoard.setId("class-leaderboard-link");
    add(new H2(assignment.title()), about, instructions);
    if (assignments.teaches(assignment)) {
      add(createTeacherActions());
    }
    Div links = new Div();
    links.addClassName("fl-assignment-links");
    links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)");
    if (assignment.handIn() == HandIn.LAB5) {
      Anchor handIn = new Anchor("assignments/" + assignment.id() + "/hand-in", "Lab 5 hand-in");
      handIn.setId("hand-in-link");
      links.add(handIn);
    }
    links.add(classBoard);
    add(links);
    if (assignments.teaches(assignment)) {
      table =
          new SubmissionsPanel(
              () -> submissions.all(assignment.id()),
              assignment.handIn() == HandIn.LAB5 ? assignment.id() : null);
      add(leaderboard, table);
    } else {
      submit = new SubmitPanel(this::submit);
      add(submit, leaderboard);
    }
    refresh();
  }

  private Div createTeacherActions() {
    Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEditor());
    edit.setId("edit-assignment");
    Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
    delete.setId("delete-assignment");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    Div actions = new Div(edit, delete);
    actions.addClassName("fl-assignment-actions");
    actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
    return actions;
  }

  private void openEditor() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Edit \"" + assignment.title() + "\"");
    dialog.setWidth("720px");
    AssignmentForm[] form = new AssignmentForm[1];
    form[0] =
        AssignmentForm.editing(
            assignment,
            spec -> {
              try {
                assignment = assignments.update(assignment.id(), spec);
                dialog.close();
                Notification.show("Saved \"" + assignment.title() + "\".");
                removeAll();
                build();
              } catch (InvalidAssignmentException e) {
                form[0].showRefusals(e.byField());
                ErrorNotifier.show("The assignment needs a few changes: see the marked fields.");
              }
            });
    dialog.add(form[0]);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
    dialog.open();
  }

  private void confirmDelete() {
    int submitted = submissions.all(assignment.id()).size();
    ConfirmDialog confirm =
        DestructiveConfirm.of(
            "Delete \"" + assignment.title() + "\"?",
            "Its "
                + submitted
                + (submitted == 1 ? " submission" : " submissions")
                + " and every hand-in answer go with it; the submitted runs stay their students'.",
            "Delete",
            () -> {
              try {
                assignments.delete(assignment.id());
                Notification.show("Deleted \"" + assignment.title() + "\".");
                getUI().ifPresent(ui -> ui.navigate(AssignmentsView.class));
              } catch (NotYoursException | NoSuchElementException ex) {
                ErrorNotifier.show(ex.getMessage());
              }
            });
    confirm.setId("confirm-delete-assignment");
    confirm.open();
  }

  private void submit(RunSummary run) {
    try {
      SubmissionRow row = submissions.submit(assignment.id(), run.id());
      Notification.show(
          "Submitted \""
              + row.runName()
              + "\": test accuracy "
              + Figures.percent(row.testAccuracy())
              + (row.late() ? " (late)" : ""));
      refresh();
    } catch (IllegalStateException | NotYoursException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void refresh() {
    if (assignment == null) {
      return;
    }
    shown = leaderboards.stamp(assignment.id());
    leaderboard.show(leaderboards.of(assignment.id()));
    if (table != null) {
      table.show(submissions.all(assignment.id()));
    }
    if (submit != null) {
      submit.show(submissions.submittable(assignment.id(), runs.list(Scope.MINE)));
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().setPollInterval(REFRESH_MILLIS);
    polling = event.getUI().addPollListener(e -> refreshLeaderboard());
  }

  private void refreshLeaderboard() {
    if (assignment == null) {
      return;
    }
    try {
      String now = leaderboards.stamp(assignment.id());
      if (now.equals(shown)) {
        return;
      }
      shown = now;
      leaderboard.show(leaderboards.of(assignment.id()));
      if (table != null) {
        table.show(submissions.all(assignment.id()));
      }
    } catch (NoSuchElementException | NotYoursException e) {
      // deleted by its teacher, or the viewer left the class, while the page was open
      assignment = null;
      removeAll();
      add(new H2("Assignment"), new Paragraph(message(e)));
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (polling != null) {
      polling.remove();
    }
  }
}
