package org.fashionlab.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.AccountRefusedException;
import org.fashionlab.account.AccountRules;
import org.fashionlab.account.Classes;
import org.fashionlab.base.ui.ErrorNotifier;

/** A second teacher for the class: an existing teacher account, or a new one. */
final class TeacherInvite extends Composite<Div> {

  private final Classes classes;
  private final UUID teacherId;
  private final Runnable onChange;
  private final TextField existing = new TextField("Teacher's username");
  private final TextField newUsername = new TextField("New teacher's username");
  private final TextField newName = new TextField("Display name");
  private UUID classId;

  TeacherInvite(Classes classes, UUID teacherId, Runnable onChange) {
    this.classes = classes;
    this.teacherId = teacherId;
    this.onChange = onChange;
    existing.setId("teacher-username");
    existing.setMaxLength(AccountRules.MAX_USERNAME);
    newUsername.setId("new-teacher-username");
    newUsername.setMaxLength(AccountRules.MAX_USERNAME);
    newName.setId("new-teacher-name");
    newName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
    Button add = new Button("Add teacher", e -> add());
    add.setId("add-teacher");
    Button create = new Button("Create teacher account", e -> create());
    create.setId("create-teacher");
    Div addRow = new Div(existing, add);
    Div createRow = new Div(newUsername, newName, create);
    addRow.addClassName("fl-form-row");
    createRow.addClassName("fl-form-row");
    getContent().add(addRow, createRow);
  }

  void show(UUID classId) {
    this.classId = classId;
  }

  private void add() {
    try {
      var added = classes.addTeacher(teacherId, classId, existing.getValue());
      existing.clear();
      Notification.show(added.displayName() + " now teaches this class.");
      onChange.run();
    } catch (AccountRefusedException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void create() {
    try {
      var issued =
          classes.createTeacher(teacherId, classId, newUsername.getValue(), newName.getValue());
      newUsername.clear();
      newName.clear();
      new IssuedPasswordsDialog("New teacher account", List.of(issued)).open();
      onChange.run();
    } catch (AccountRefusedException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }
}
