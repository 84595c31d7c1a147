package org.fashionlab.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.fashionlab.account.AccountRefusedException;
import org.fashionlab.account.AccountRules;
import org.fashionlab.account.Classes;

/**
 * A student joins a class with the code from their teacher and chooses a username, display name and
 * password; then they are signed in through the ordinary sign-in form.
 */
@Route("signup")
@PageTitle("Join a class · Fashion Lab")
@AnonymousAllowed
class SignUpView extends Div {

  private final Classes classes;
  private final AccountRules rules;
  private final TextField code = new TextField("Join code");
  private final TextField username = new TextField("Username");
  private final TextField displayName = new TextField("Your name as others see it");
  private final PasswordField password = new PasswordField("Password");
  private final PasswordField repeat = new PasswordField("Password again");
  private final Paragraph problem = new Paragraph();
  private final Button join = new Button("Join the class");

  SignUpView(Classes classes, AccountRules rules) {
    this.classes = classes;
    this.rules = rules;
    addClassName("fl-login-view");
    configureFields();
    problem.setId("signup-problem");
    problem.addClassName("fl-error-text");
    join.setId("signup-submit");
    join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    join.addClickListener(e -> submit());
    join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
    FormLayout form = new FormLayout(code, username, displayName, password, repeat);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    Div card =
        new Div(
            new H1("Join a class"),
            new Paragraph("Your teacher gives you the join code."),
            form,
            problem,
            join,
            new Anchor("login", "I already have an account"));
    card.addClassName("fl-login-card");
    add(card);
  }

  private void configureFields() {
    code.setId("signup-code");
    code.setPlaceholder("e.g. K7QM4ZXP");
    username.setId("signup-username");
    username.setMaxLength(AccountRules.MAX_USERNAME);
    username.setHelperText("3 to 32 letters, digits, dots, dashes or underscores");
    displayName.setId("signup-display-name");
    displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
    password.setId("signup-password");
    password.setHelperText("At least " + rules.minPasswordLength() + " characters");
    repeat.setId("signup-repeat");
  }

  private void submit() {
    if (!password.getValue().equals(repeat.getValue())) {
      problem.setText("The two passwords differ. Please type the same password twice.");
      return;
    }
    try {
      var student =
          classes.join(
              code.getValue(), username.getValue(), displayName.getValue(), password.getValue());
      problem.setText("");
      SignIn.submit(this, student.username(), password.getValue());
    } catch (AccountRefusedException e) {
      problem.setText(e.getMessage());
    }
  }
}
