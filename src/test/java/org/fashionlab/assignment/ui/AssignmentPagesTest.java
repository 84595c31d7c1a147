package org.fashionlab.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import org.fashionlab.base.ui.EChart;
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

  /** Opens a page of the assignment package, its views linking to each other all registered. */
  private void page(String route, TestAccounts who) {
    KaribuPages.open(
        context,
        AssignmentsView.class,
        route,
        who,
        AssignmentView.class,
        ClassLeaderboardView.class);
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
    page("assignments", TestAccounts.TEACHER);
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

    page("assignments/" + a.id(), TestAccounts.ASSIGNED_STUDENT);
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

    page("assignments/" + a.id(), TestAccounts.TEACHER);
    Grid<?> table = byId(Grid.class, "submissions-grid");
    assertThat(GridKt._size(table)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(table, 0))
        .contains("Cleo <i>x</i>", Figures.percent(classmateRun.testAccuracy()));
    Anchor link = (Anchor) GridKt._getCellComponent(table, 0, "run");
    assertThat(link.getHref()).isEqualTo("runs/" + classmateRun.id());
    assertThat(byId(Anchor.class, "submissions-csv").getHref()).isNotBlank();
  }

  @Test
  void theTeacherEditsTheAssignmentInADialogAndARefusedFieldShowsItsReason() {
    AssignmentSummary a = assignment("Before the edit");
    page("assignments/" + a.id(), TestAccounts.TEACHER);
    _click(byId(Button.class, "edit-assignment"));
    TextField title = byId(TextField.class, "assignment-title");
    assertThat(title.getValue()).isEqualTo("Before the edit");
    _setValue(title, "");
    _click(byId(Button.class, "save-assignment"));
    assertThat(byId(TextField.class, "assignment-title").getErrorMessage())
        .isEqualTo("needs 1 to 120 characters");
    TestAccounts.TEACHER.signIn(context);
    assertThat(assignments.get(a.id()).title()).isEqualTo("Before the edit");

    _setValue(byId(TextField.class, "assignment-title"), "After the edit");
    _setValue(byId(NumberField.class, "target-min-test"), 0.2);
    _click(byId(Button.class, "save-assignment"));
    assertThat(_get(H2.class).getText()).isEqualTo("After the edit");
    assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "assignment-about").getText())
        .contains("test accuracy ≥ 20.00%");
    assertThat(assignments.get(a.id()).title()).isEqualTo("After the edit");
  }

  @Test
  void theTeacherDeletesTheAssignmentAfterConfirmingAndLandsOnTheList() {
    AssignmentSummary a = assignment("Doomed");
    TestAccounts.signInAs(context, "pages-cleo");
    submissions.submit(a.id(), classmateRun.id());
    SecurityContextHolder.clearContext();
    page("assignments/" + a.id(), TestAccounts.TEACHER);
    _click(byId(Button.class, "delete-assignment"));
    ConfirmDialog confirm = byId(ConfirmDialog.class, "confirm-delete-assignment");
    assertThat(confirm.getElement().getProperty("message"))
        .startsWith("Its 1 submission and every hand-in answer go with it");
    ConfirmDialogKt._fireConfirm(confirm);
    assertThat(_get(H2.class).getText()).isEqualTo("Assignments");
    TestAccounts.TEACHER.signIn(context);
    assertThat(assignments.mine()).extracting(AssignmentSummary::id).doesNotContain(a.id());
    assertThat(runs.summary(classmateRun.id())).as("the submitted run stays").isPresent();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theClassLeaderboardPageRanksTheClassWithItsChartAndReferenceLines() {
    AssignmentSummary a = assignment("Class board");
    TestAccounts.signInAs(context, "pages-cleo");
    submissions.submit(a.id(), classmateRun.id());
    SecurityContextHolder.clearContext();
    page("classes/" + lab.id() + "/leaderboard", TestAccounts.ASSIGNED_STUDENT);
    assertThat(_get(H2.class).getText()).isEqualTo("Assignments class: class leaderboard");
    Grid<?> board = byId(Grid.class, "leaderboard-grid");
    assertThat(GridKt._size(board)).isGreaterThanOrEqualTo(1);
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < GridKt._size(board); i++) {
      names.add(GridKt._getFormattedRow(board, i).get(1));
    }
    assertThat(names).contains("Cleo <i>x</i>");
    ObjectNode chart = byId(EChart.class, "leaderboard-chart").option();
    assertThat(chart.at("/yAxis/data").toString()).contains("Cleo <i>x</i>");
    assertThat(chart.at("/series/0/markLine/data").findValuesAsText("name"))
        .containsExactly("Human performance", "MLP 256-128-64 (benchmark row)");
    assertThat(chart.at("/series/0/markArea/data/0/0/xAxis").asDouble()).isEqualTo(0.876);
    assertThat(chart.at("/series/0/markArea/data/0/1/xAxis").asDouble()).isEqualTo(0.925);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPollRedrawsTheLeaderboardOnlyWhenASubmissionCameIn() {
    AssignmentSummary a = assignment("Live board");
    page("assignments/" + a.id(), TestAccounts.ASSIGNED_STUDENT);
    Grid<?> board = byId(Grid.class, "leaderboard-grid");
    assertThat(GridKt._size(board)).isZero();
    var before = board.getDataProvider();
    poll();
    assertThat(board.getDataProvider()).as("nothing changed: not redrawn").isSameAs(before);

    TestAccounts.signInAs(context, "pages-cleo");
    submissions.submit(a.id(), classmateRun.id());
    TestAccounts.ASSIGNED_STUDENT.signIn(context);
    poll();
    assertThat(GridKt._size(board)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(board, 0)).contains("Cleo <i>x</i>", "locked");
  }

  private static void poll() {
    UI ui = UI.getCurrent();
    ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
  }
}
