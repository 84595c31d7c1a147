package org.fashionlab.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.account.IssuedPassword;
import org.fashionlab.account.Member;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The Classes pages without a browser, as the teacher and as a student. */
@H2WebTest
class ClassesViewTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired AuthenticationManager signIn;

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static List<String> menu() {
    return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
  }

  private ClassSummary classWithStudent(String studentName) {
    AccountSummary teacher =
        accounts.find(TestAccounts.TEACHER.ensure(context).username).orElseThrow();
    ClassSummary lab = classes.create(teacher.id(), "Karibu class");
    classes.join(lab.joinCode(), studentName, "Student " + studentName, TestAccounts.PASSWORD);
    return lab;
  }

  private void openClass(ClassSummary lab) {
    KaribuPages.open(
        context, ClassView.class, "classes/" + lab.id(), TestAccounts.TEACHER, ClassesView.class);
  }

  @SuppressWarnings("unchecked")
  private static Button memberButton(String username, String action) {
    Grid<Member> members = byId(Grid.class, "members-grid");
    List<Member> rows = _findAll(members);
    int row =
        rows.indexOf(
            rows.stream().filter(m -> m.username().equals(username)).findFirst().orElseThrow());
    var cell = GridKt._getCellComponent(members, row, MemberGrid.ACTIONS);
    return _get(cell, Button.class, spec -> spec.withId(action + username));
  }

  @SuppressWarnings("unchecked")
  private static Grid<IssuedPassword> issued() {
    return byId(Grid.class, "issued-grid");
  }

  @Test
  void theTeacherCreatesAClassAndReadsItsJoinCode() {
    KaribuPages.open(
        context,
        ClassesView.class,
        "classes",
        TestAccounts.TEACHER,
        ClassView.class,
        ProfileView.class);
    assertThat(menu()).contains("Classes");
    assertThat(byId(Span.class, "user-name").getText()).isEqualTo(TestAccounts.TEACHER.displayName);
    assertThat(byId(Span.class, "user-role").getText()).isEqualTo("teacher");

    _setValue(byId(TextField.class, "class-name"), "Lab 5 <b>Tuesday</b>");
    _click(byId(Button.class, "create-class"));

    _get(ClassView.class);
    String code = byId(Span.class, "join-code").getText();
    assertThat(code).matches("[A-Z2-9]{8}");
    assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
        .as("names are text, never markup")
        .isEqualTo("Lab 5 <b>Tuesday</b>");
    _click(byId(Button.class, "new-join-code"));
    assertThat(byId(Span.class, "join-code").getText()).isNotEqualTo(code).matches("[A-Z2-9]{8}");
  }

  @Test
  void aStudentDoesNotReachTheClassesPageNorSeesItInTheMenu() {
    KaribuPages.open(
        context,
        ProfileView.class,
        "profile",
        TestAccounts.STUDENT,
        ClassesView.class,
        ClassView.class);
    _get(ProfileView.class);
    assertThat(menu()).doesNotContain("Classes");
    assertThat(byId(Span.class, "user-role").getText()).isEqualTo("student");

    for (String route : List.of("classes", "classes/" + java.util.UUID.randomUUID())) {
      UI.getCurrent().navigate(route);
      // Vaadin's access control reroutes to its error view instead of the page.
      assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
          .as(route)
          .noneMatch(c -> c instanceof ClassesView || c instanceof ClassView)
          .anyMatch(c -> c.getClass().getSimpleName().endsWith("Error"));
    }
  }

  @Test
  void theTeacherResetsAStudentsPasswordShownOnceAndRemovesTheStudent() {
    String student = "kar-reset-" + System.nanoTime() % 100_000;
    ClassSummary lab = classWithStudent(student);
    openClass(lab);

    _click(memberButton(student, "reset-"));

    String password = _findAll(issued()).get(0).password();
    assertThat(
            signIn
                .authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(student, password))
                .isAuthenticated())
        .isTrue();
    _click(byId(Button.class, "issued-close"));

    _click(memberButton(student, "remove-"));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

    @SuppressWarnings("unchecked")
    Grid<Member> members = byId(Grid.class, "members-grid");
    assertThat(_findAll(members)).extracting(Member::username).doesNotContain(student);
    assertThat(accounts.find(student)).isPresent();
  }

  @Test
  void aRosterBecomesStudentsWithPasswordsOrIsRefusedWithItsBadLines() {
    ClassSummary lab = classWithStudent("kar-roster-" + System.nanoTime() % 100_000);
    openClass(lab);
    String prefix = "kr" + System.nanoTime() % 100_000;
    byte[] bad =
        ("username,display name\n" + prefix + "a,Ana\nbad name,Bo\n")
            .getBytes(StandardCharsets.UTF_8);

    UploadKt._upload(byId(Upload.class, "roster-upload"), "roster.csv", bad);

    assertThat(_find(byId(UnorderedList.class, "roster-problems"), ListItem.class))
        .extracting(ListItem::getText)
        .contains("Nothing was imported:")
        .anySatisfy(line -> assertThat(line).startsWith("Line 3: a username has 3 to 32"));
    assertThat(accounts.find(prefix + "a")).isEmpty();

    byte[] good = (prefix + "a,Ana\n" + prefix + "b,Bo\n").getBytes(StandardCharsets.UTF_8);
    UploadKt._upload(byId(Upload.class, "roster-upload"), "roster.csv", good);

    assertThat(_findAll(issued()))
        .extracting(IssuedPassword::username)
        .containsExactly(prefix + "a", prefix + "b");
    assertThat(accounts.find(prefix + "b").orElseThrow().role()).isEqualTo(Role.STUDENT);
  }

  @Test
  void aTeacherOpeningAClassTheyDoNotTeachIsSentBackToTheirClasses() {
    AccountSummary other =
        accounts.create(
            "kar-other-" + System.nanoTime() % 100_000,
            "Other",
            TestAccounts.PASSWORD,
            Role.TEACHER);
    ClassSummary theirs = classes.create(other.id(), "Not yours");

    openClass(theirs);

    _get(ClassesView.class);
    assertThat(_find(ClassView.class)).isEmpty();
  }
}
