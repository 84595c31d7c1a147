package org.fashionlab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.security.CurrentUser;

/** One class a teacher teaches: its join code, its members and what a teacher does with them. */
@Route(value = "classes/:classId", layout = MainLayout.class)
@PageTitle("Class · Fashion Lab")
@RolesAllowed("TEACHER")
class ClassView extends Div implements BeforeEnterObserver {

  static final String CLASS_ID = "classId";

  private final Classes classes;
  private final Accounts accounts;
  private final UUID teacherId;
  private final H2 title = new H2();
  private final Span joinCode = new Span();
  private final Button newCode = new Button("New join code", VaadinIcon.REFRESH.create());
  private final MemberGrid members;
  private final TeacherInvite teachers;
  private final RosterUpload roster;
  private UUID classId;

  ClassView(Classes classes, Accounts accounts, CurrentUser currentUser) {
    this.classes = classes;
    this.accounts = accounts;
    this.teacherId = currentUser.require().id();
    this.members = new MemberGrid(classes, teacherId, this::refresh);
    this.teachers = new TeacherInvite(classes, teacherId, this::refresh);
    this.roster = new RosterUpload(classes, teacherId, this::refresh);
    addClassName("fl-class-view");
    joinCode.setId("join-code");
    joinCode.addClassName("fl-join-code");
    newCode.setId("new-join-code");
    newCode.addClickListener(e -> refresh(classes.regenerateJoinCode(teacherId, classId)));
    Div code = new Div(new Span("Join code "), joinCode, newCode);
    code.addClassName("fl-join-code-row");
    add(
        new Anchor("classes", "All classes"),
        title,
        code,
        new H3("Members"),
        members,
        new H3("Import a roster"),
        roster,
        new H3("Teachers"),
        teachers);
  }

  static RouteParameters parameters(UUID classId) {
    return new RouteParameters(CLASS_ID, classId.toString());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get(CLASS_ID).flatMap(ClassView::uuid);
    if (id.isEmpty() || !accounts.teachesClass(teacherId, id.get())) {
      // Not found and not yours look the same: no hint which classes exist.
      event.forwardTo(ClassesView.class);
      return;
    }
    classId = id.get();
    members.show(classId);
    teachers.show(classId);
    roster.show(classId);
    refresh();
  }

  private void refresh() {
    accounts.classById(classId).ifPresent(this::refresh);
  }

  private void refresh(ClassSummary summary) {
    title.setText(summary.name());
    joinCode.setText(summary.joinCode());
    members.refresh();
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
