package org.fashionlab.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.Assignments;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.NewAssignment;
import org.fashionlab.assignment.Submissions;
import org.fashionlab.assignment.Target;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Assignments pages without a browser: the teacher's form and table, a student's picker. */
@H2WebTest
class AssignmentPagesTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired Assignments assignments;
  @Autowired Submissions submissions;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  private static ClassSummary lab;
  private static RunSummary studentRun;
  private static RunSummary classmateRun;

  @BeforeEach
  void classWithTwoStudentsAndTheirRuns() {
    if (lab != null) {
      return;
    }
    TestAccounts.TEACHER.ensure(context);
    TestAccounts.ASSIGNED_STUDENT.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    UUID student = accounts.find(TestAccounts.ASSIGNED_STUDENT.username).orElseThrow().id();
    lab = classes.create(teacher, "Assignments class");
    classes.joinAnother(student, lab.joinCode());
    classes.join(lab.joinCode(), "pages-cleo", "Cleo <i>x</i>", TestAccounts.PASSWORD);
    studentRun =
        RegistryFixtures.awaitDone(
            runs,
            queue
                .submit(RegistryFixtures.quickMlp(500, 1), TestAccounts.ASSIGNED_STUDENT.username)
                .id());
    classmateRun =
        RegistryFixtures.awaitDone(
            runs, queue.submit(RegistryFixtures.quickMlp(700, 1), "pages-cleo").id());
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private AssignmentSummary assignment(String title) {
    TestAccounts.TEACHER.signIn(context);
    AssignmentSummary created =
        assignments.create(
            new NewAssignment(
                lab.id(),
                title,
                "Any MLP.",
                Instant.now().plus(3, ChronoUnit.DAYS),
                true,
                new Target(0.1, null, null, null, 5),
                null));
    SecurityContextHolder.clearContext();
    return created;
  }

  @Test
  void theTeachersFormShowsTheReasonAtEachRefusedFieldAndOpensTheCreatedAssignment() {
    KaribuPages.open(
        context, AssignmentsView.class, "assignments", TestAccounts.TEACHER, AssignmentView.class);
    _setValue(byId(NumberField.class, "target-min-test"), 1.5);
    _click(byId(Button.class, "create-assignment"));
    TextField title = byId(TextField.class, "assignment-title");
    assertThat(title.isInvalid()).isTrue();
    assertThat(title.getErrorMessage()).isEqualTo("needs 1 to 120 characters");
    NumberField minTest = byId(NumberField.class, "target-min-test");
    assertThat(minTest.getErrorMessage()).contains("between 0 and 1");

    _setValue(title, "Form-made assignment");
    _setValue(minTest, 0.85);
    _click(byId(Button.class, "create-assignment"));
    assertThat(_get(H2.class).getText()).isEqualTo("Form-made assignment");
    assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "assignment-about").getText())
        .contains("test accuracy ≥ 85.00%");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStudentSubmitsFromThePickerAndSeesTheirTestAccuracyButNotAClassmates() {
    AssignmentSummary a = assignment("Picker");
    TestAccounts.signInAs(context, "pages-cleo");
    submissions.submit(a.id(), classmateRun.id());
    SecurityContextHolder.clearContext();

    KaribuPages.open(
        context, AssignmentView.class, "assignments/" + a.id(), TestAccounts.ASSIGNED_STUDENT);
    ComboBox<RunSummary> picker = byId(ComboBox.class, "submit-run");
    _setValue(picker, studentRun);
    _click(byId(Button.class, "submit-button"));

    Grid<?> board = byId(Grid.class, "leaderboard-grid");
    assertThat(GridKt._size(board)).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      List<String> row = GridKt._getFormattedRow(board, i);
      if (row.contains(TestAccounts.ASSIGNED_STUDENT.displayName)) {
        assertThat(row).contains(Figures.percent(studentRun.testAccuracy()));
      } else {
        assertThat(row).contains("Cleo <i>x</i>", "locked", "after the due date");
        assertThat(row).doesNotContain(Figures.percent(classmateRun.testAccuracy()));
      }
    }
    assertThat(GridKt._getFormattedRow(board, 0).get(5))
        .isEqualTo(
            Figures.percent(
                Math.max(
                    studentRun.finalValidationAccuracy(), classmateRun.finalValidationAccuracy())));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTeacherSeesEverySubmissionWithItsTestAccuracyARunLinkAndTheCsv() {
    AssignmentSummary a = assignment("Teacher table");
    TestAccounts.signInAs(context, "pages-cleo");
    submissions.submit(a.id(), classmateRun.id());
    SecurityContextHolder.clearContext();

    KaribuPages.open(context, AssignmentView.class, "assignments/" + a.id(), TestAccounts.TEACHER);
    Grid<?> table = byId(Grid.class, "submissions-grid");
    assertThat(GridKt._size(table)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(table, 0))
        .contains("Cleo <i>x</i>", Figures.percent(classmateRun.testAccuracy()));
    Anchor link = (Anchor) GridKt._getCellComponent(table, 0, "run");
    assertThat(link.getHref()).isEqualTo("runs/" + classmateRun.id());
    assertThat(byId(Anchor.class, "submissions-csv").getHref()).isNotBlank();
  }
}
