package org.fashionlab.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fashionlab.account.Classes;
import org.fashionlab.account.Member;
import org.fashionlab.base.ui.DestructiveConfirm;
import org.fashionlab.security.Role;

/** The members of a class; each student row can have its password reset or be removed. */
final class MemberGrid extends Composite<Grid<Member>> {

  private static final DateTimeFormatter JOINED =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  static final String ACTIONS = "actions";

  private final Classes classes;
  private final UUID teacherId;
  private final Runnable onChange;
  private UUID classId;

  MemberGrid(Classes classes, UUID teacherId, Runnable onChange) {
    this.classes = classes;
    this.teacherId = teacherId;
    this.onChange = onChange;
    Grid<Member> grid = getContent();
    grid.setId("members-grid");
    grid.addColumn(Member::username).setHeader("Username").setAutoWidth(true);
    grid.addColumn(Member::displayName).setHeader("Display name").setAutoWidth(true);
    grid.addColumn(m -> m.role().name().toLowerCase(Locale.ROOT)).setHeader("Role");
    grid.addColumn(m -> JOINED.format(m.joinedAt())).setHeader("Joined").setAutoWidth(true);
    grid.addComponentColumn(this::actions)
        .setKey(ACTIONS)
        .setHeader("")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setAllRowsVisible(true);
  }

  void show(UUID classId) {
    this.classId = classId;
  }

  void refresh() {
    getContent().setItems(classes.members(teacherId, classId));
  }

  private Div actions(Member member) {
    Div actions = new Div();
    if (member.role() != Role.STUDENT) {
      return actions;
    }
    Button reset = new Button("Reset password", e -> reset(member));
    reset.setId("reset-" + member.username());
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button remove = new Button("Remove", e -> confirmRemove(member));
    remove.setId("remove-" + member.username());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    actions.add(reset, remove);
    return actions;
  }

  private void reset(Member member) {
    var issued = classes.resetPassword(teacherId, classId, member.accountId());
    new IssuedPasswordsDialog("New password for " + member.displayName(), List.of(issued)).open();
  }

  private void confirmRemove(Member member) {
    DestructiveConfirm.of(
            "Remove " + member.displayName() + "?",
            "They leave this class; their account and their work stay.",
            "Remove",
            () -> remove(member))
        .open();
  }

  private void remove(Member member) {
    classes.removeStudent(teacherId, classId, member.accountId());
    Notification.show(member.displayName() + " left the class.");
    onChange.run();
  }
}
