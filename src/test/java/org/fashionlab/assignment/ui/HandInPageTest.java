package org.fashionlab.assignment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fashionlab.KaribuPages.byId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.Assignments;
import org.fashionlab.assignment.HandInReport;
import org.fashionlab.assignment.HandInWork;
import org.fashionlab.assignment.HandIns;
import org.fashionlab.assignment.Submissions;
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

/** The Lab 5 hand-in: the student's answers saved beside their figures, read by the teacher. */
@H2WebTest
class HandInPageTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired Assignments assignments;
  @Autowired Submissions submissions;
  @Autowired HandIns handIns;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  private static AssignmentSummary lab5;
  private static UUID student;

  @BeforeEach
  void lab5ForAClass() {
    if (lab5 != null) {
      return;
    }
    TestAccounts.TEACHER.ensure(context);
    TestAccounts.ASSIGNED_STUDENT.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    student = accounts.find(TestAccounts.ASSIGNED_STUDENT.username).orElseThrow().id();
    ClassSummary c = classes.create(teacher, "Hand-in class");
    classes.joinAnother(student, c.joinCode());
    classes.join(c.joinCode(), "hand-in-dan", "Dan", TestAccounts.PASSWORD);
    TestAccounts.TEACHER.signIn(context);
    lab5 = assignments.createLab5(c.id());
    SecurityContextHolder.clearContext();
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  @Test
  void aStudentsAnswerIsSavedAndTheTeacherReadsItButCannotChangeIt() {
    KaribuPages.open(
        context,
        HandInView.class,
        "assignments/" + lab5.id() + "/hand-in",
        TestAccounts.ASSIGNED_STUDENT);
    _setValue(byId(TextArea.class, "answer-q3"), "784 inputs, 10 outputs");
    KaribuPages.close();

    KaribuPages.open(
        context, HandInView.class, "assignments/" + lab5.id() + "/hand-in", TestAccounts.TEACHER);
    UI.getCurrent()
        .navigate(
            "assignments/" + lab5.id() + "/hand-in",
            QueryParameters.of("student", student.toString()));
    TextArea answer = byId(TextArea.class, "answer-q3");
    assertThat(answer.getValue()).isEqualTo("784 inputs, 10 outputs");
    assertThat(answer.isReadOnly()).isTrue();
    assertThat(byId(Paragraph.class, "hand-in-author").getText())
        .startsWith(TestAccounts.ASSIGNED_STUDENT.displayName);
  }

  @Test
  void aClassmateCannotReadAnotherStudentsHandIn() {
    TestAccounts.signInAs(context, "hand-in-dan");
    assertThatThrownBy(() -> handIns.of(lab5.id(), student)).isInstanceOf(NotYoursException.class);
    SecurityContextHolder.clearContext();
  }

  @Test
  void theReportEscapesTheAnswersAndDrawsTheFiguresOfTheSubmittedRun() {
    TestAccounts.ASSIGNED_STUDENT.signIn(context);
    handIns.answer(lab5.id(), "ex8", "<script>alert(1)</script> about 4 epochs");
    String before = HandInReport.html(handIns.mine(lab5.id()));
    assertThat(before)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; about 4 epochs")
        .doesNotContain("<script>")
        .contains("(no figure: this needs a submitted run)")
        .doesNotContain("<polyline");

    RunSummary run =
        RegistryFixtures.awaitDone(
            runs,
            queue
                .submit(RegistryFixtures.quickMlp(500, 2), TestAccounts.ASSIGNED_STUDENT.username)
                .id());
    TestAccounts.ASSIGNED_STUDENT.signIn(context);
    submissions.submit(lab5.id(), run.id());
    HandInWork work = handIns.mine(lab5.id());
    String report = HandInReport.html(work);
    assertThat(report)
        .contains("<polyline")
        .contains("<circle")
        .contains("Confusion matrix on the 10,000 test images")
        .contains("@media print")
        .contains("Ankle boot");
    assertThat(work.best().summary().id()).isEqualTo(run.id());
    SecurityContextHolder.clearContext();
  }
}
