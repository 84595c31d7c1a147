package org.fashionlab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.fashionlab.account.AccountRefusedException;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.Classes;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;

/** Everyone's own page: who they are, their classes, a new password, another class to join. */
@Route(value = MainLayout.PROFILE_ROUTE, layout = MainLayout.class)
@PageTitle("Profile · Fashion Lab")
@PermitAll
class ProfileView extends Div {

  private final Accounts accounts;
  private final Classes classes;
  private final SignedInUser user;
  private final PasswordField current = new PasswordField("Current password");
  private final PasswordField next = new PasswordField("New password");
  private final PasswordField repeat = new PasswordField("New password again");
  private final TextField code = new TextField("Join code");
  private final UnorderedList classList = new UnorderedList();

  ProfileView(Accounts accounts, Classes classes, CurrentUser currentUser) {
    this.accounts = accounts;
    this.classes = classes;
    this.user = currentUser.require();
    addClassName("fl-profile-view");
    Paragraph who =
        new Paragraph(
            user.displayName()
                + " · signed in as "
                + user.username()
                + " · "
                + user.role().name().toLowerCase(Locale.ROOT));
    who.setId("profile-who");
    classList.setId("profile-classes");
    add(new H2("Profile"), who, new H3("Classes"), classList);
    if (!user.isTeacher()) {
      add(createJoin());
    }
    add(new H3("Change password"), createPasswordForm());
    refreshClasses();
  }

  private Div createPasswordForm() {
    current.setId("current-password");
    next.setId("new-password");
    repeat.setId("repeat-password");
    Button change = new Button("Change password", e -> changePassword());
    change.setId("change-password");
    change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div form = new Div(current, next, repeat, change);
    form.addClassName("fl-form-row");
    return form;
  }

  private Div createJoin() {
    code.setId("join-another-code");
    Button join = new Button("Join class", e -> join());
    join.setId("join-another");
    Div row = new Div(code, join);
    row.addClassName("fl-form-row");
    return row;
  }

  private void changePassword() {
    if (!next.getValue().equals(repeat.getValue())) {
      ErrorNotifier.show("The two new passwords differ. Please type the same password twice.");
      return;
    }
    try {
      accounts.changePassword(user.id(), current.getValue(), next.getValue());
      current.clear();
      next.clear();
      repeat.clear();
      Notification.show("Password changed.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (AccountRefusedException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void join() {
    try {
      var joined = classes.joinAnother(user.id(), code.getValue());
      code.clear();
      Notification.show("You joined " + joined.name() + ".");
      refreshClasses();
    } catch (AccountRefusedException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void refreshClasses() {
    classList.removeAll();
    var mine = accounts.classesOf(user.id());
    if (mine.isEmpty()) {
      classList.add(new ListItem("None yet."));
    }
    mine.forEach(c -> classList.add(new ListItem(c.name())));
  }
}
