package org.fashionlab.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Joining a class and changing one's password, without a browser. */
@H2WebTest
class SignUpAndProfileViewTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private void fillSignUp(String code, String username, String password, String repeat) {
    _setValue(byId(TextField.class, "signup-code"), code);
    _setValue(byId(TextField.class, "signup-username"), username);
    _setValue(byId(TextField.class, "signup-display-name"), "Newcomer");
    _setValue(byId(PasswordField.class, "signup-password"), password);
    _setValue(byId(PasswordField.class, "signup-repeat"), repeat);
    _click(byId(Button.class, "signup-submit"));
  }

  @Test
  void aWrongCodeOrTwoDifferentPasswordsAreRefusedAndTheRightCodeCreatesTheStudent() {
    var teacher = accounts.find(TestAccounts.TEACHER.ensure(context).username).orElseThrow();
    ClassSummary lab = classes.create(teacher.id(), "Sign-up class");
    String username = "kar-join-" + System.nanoTime() % 100_000;
    KaribuPages.open(context, SignUpView.class, "signup", TestAccounts.STUDENT);

    fillSignUp("NOPE2345", username, "joining-pass-1", "joining-pass-1");
    assertThat(byId(Paragraph.class, "signup-problem").getText())
        .isEqualTo("No class has the join code \"NOPE2345\". Check the code with your teacher.");
    fillSignUp(lab.joinCode(), username, "joining-pass-1", "joining-pass-2");
    assertThat(byId(Paragraph.class, "signup-problem").getText())
        .isEqualTo("The two passwords differ. Please type the same password twice.");
    assertThat(accounts.find(username)).isEmpty();

    fillSignUp(lab.joinCode(), username, "joining-pass-1", "joining-pass-1");

    assertThat(byId(Paragraph.class, "signup-problem").getText()).isEmpty();
    assertThat(accounts.find(username).orElseThrow().role()).isEqualTo(Role.STUDENT);
    assertThat(accounts.classesOf(accounts.find(username).orElseThrow().id()))
        .extracting(ClassSummary::id)
        .containsExactly(lab.id());
  }

  @Test
  void theProfileSaysWhoIsSignedInAndRefusesAPasswordChangeWithoutTheCurrentOne() {
    // A successful change is the contract's (AccountStoreContract): here it would lock the
    // shared test student out of the other tests.
    KaribuPages.open(context, ProfileView.class, "profile", TestAccounts.STUDENT);
    assertThat(byId(Paragraph.class, "profile-who").getText())
        .isEqualTo(TestAccounts.STUDENT.displayName + " · signed in as test-student · student");

    _setValue(byId(PasswordField.class, "current-password"), "not-my-password");
    _setValue(byId(PasswordField.class, "new-password"), "brand-new-pass-1");
    _setValue(byId(PasswordField.class, "repeat-password"), "brand-new-pass-1");
    _click(byId(Button.class, "change-password"));
    NotificationsKt.expectNotifications("The current password is wrong.");
  }
}
