package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.Assignments;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.InvalidAssignmentException;
import org.fashionlab.assignment.NewAssignment;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;

/** The assignments of one's classes; a teacher creates them here, Lab 5 with one click. */
@Route(value = "assignments", layout = MainLayout.class)
@PageTitle("Assignments · Fashion Lab")
@Menu(order = 5.5, icon = "vaadin:clipboard-check", title = "Assignments")
@PermitAll
class AssignmentsView extends Div {

  private final Assignments assignments;
  private final Grid<AssignmentSummary> grid = new Grid<>();
  private AssignmentForm form;

  AssignmentsView(Assignments assignments, Accounts accounts, CurrentUser currentUser) {
    this.assignments = assignments;
    SignedInUser user = currentUser.require();
    addClassName("fl-assignments-view");
    add(
        new H2("Assignments"),
        new Paragraph(
            "Each assignment asks for a run that meets its target. Choose your model on"
                + " validation accuracy: while the test set is locked, test accuracy shows only"
                + " for runs you submitted, and for everyone once the assignment is due."));
    configureGrid();
    if (user.isTeacher()) {
      List<ClassSummary> taught =
          accounts.classesOf(user.id()).stream()
              .filter(c -> accounts.teachesClass(user.id(), c.id()))
              .toList();
      form = new AssignmentForm(taught, this::create);
      add(createLab5Buttons(taught), form);
    }
    add(grid, createLeaderboardLinks(accounts.classesOf(user.id())));
    grid.setItems(assignments.mine());
  }

  private Div createLeaderboardLinks(List<ClassSummary> classes) {
    Div links = new Div();
    links.setId("class-leaderboards");
    links.addClassName("fl-class-leaderboards");
    for (ClassSummary c : classes) {
      RouterLink link =
          new RouterLink(
              c.name() + ": class leaderboard",
              ClassLeaderboardView.class,
              ClassLeaderboardView.parameters(c.id()));
      link.getStyle().set("margin-right", "var(--lumo-space-l)");
      links.add(link);
    }
    links.getStyle().set("margin-top", "var(--lumo-space-m)");
    return links;
  }

  private Div createLab5Buttons(List<ClassSummary> taught) {
    Div row = new Div();
    row.addClassName("fl-lab5-buttons");
    for (ClassSummary c : taught) {
      Button lab5 = new Button("Give " + c.name() + " Lab 5", VaadinIcon.LIST_OL.create());
      lab5.setId("lab5-" + c.id());
      lab5.addClickListener(e -> open(assignments.createLab5(c.id()).id()));
      row.add(lab5);
    }
    return row;
  }

  private void configureGrid() {
    grid.setId("assignments-grid");
    grid.addColumn(AssignmentSummary::title).setHeader("Assignment").setFlexGrow(1);
    grid.addColumn(AssignmentSummary::className).setHeader("Class").setAutoWidth(true);
    grid.addColumn(a -> Figures.when(a.dueAt()) + (a.isPastDue(Instant.now()) ? " (past)" : ""))
        .setHeader("Due")
        .setAutoWidth(true);
    grid.addColumn(AssignmentSummary::targetText).setHeader("Target").setFlexGrow(1);
    grid.addColumn(a -> a.lockedTestSet() ? "locked" : "open")
        .setHeader("Test set")
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(e -> open(e.getItem().id()));
  }

  private void create(NewAssignment spec) {
    try {
      AssignmentSummary created = assignments.create(spec);
      form.clear();
      open(created.id());
    } catch (InvalidAssignmentException e) {
      form.showRefusals(e.byField());
      ErrorNotifier.show("The assignment needs a few changes: see the marked fields.");
    }
  }

  private void open(UUID id) {
    getUI().ifPresent(ui -> ui.navigate(AssignmentView.class, AssignmentView.parameters(id)));
  }
}
