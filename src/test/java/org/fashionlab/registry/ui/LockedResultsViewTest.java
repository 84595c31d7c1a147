package org.fashionlab.registry.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.Assignments;
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

/**
 * The locked test set on the Models and run pages: a student of a class with an open, locked
 * assignment reads "locked" and the reason where the test accuracy would be, and no confusion
 * matrix, per-class table or test predictions, until they submit the run; their teacher sees all.
 */
@H2WebTest
class LockedResultsViewTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired Assignments assignments;
  @Autowired Submissions submissions;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  private static RunSummary run;
  private static AssignmentSummary assignment;

  @BeforeEach
  void aStudentsRunAndAnOpenLockedAssignment() {
    if (run != null) {
      return;
    }
    TestAccounts.TEACHER.ensure(context);
    TestAccounts.ASSIGNED_STUDENT.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    UUID student = accounts.find(TestAccounts.ASSIGNED_STUDENT.username).orElseThrow().id();
    ClassSummary lab = classes.create(teacher, "Locked results class");
    classes.joinAnother(student, lab.joinCode());
    run =
        RegistryFixtures.awaitDone(
            runs,
            queue
                .submit(RegistryFixtures.quickMlp(500, 1), TestAccounts.ASSIGNED_STUDENT.username)
                .id());
    assertThat(run.testAccuracy()).isNotNull();
    TestAccounts.TEACHER.signIn(context);
    assignment =
        assignments.create(
            new NewAssignment(
                lab.id(),
                "Choose on validation",
                "Any MLP.",
                Instant.now().plus(3, ChronoUnit.DAYS),
                true,
                new Target(null, null, null, null, 5),
                null));
    SecurityContextHolder.clearContext();
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static String text(String id) {
    return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
  }

  private static String percent(double fraction) {
    return String.format("%.2f%%", 100 * fraction);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStudentReadsLockedUntilSubmittingAndTheTeacherSeesTheResultsThroughout() {
    KaribuPages.open(context, RunView.class, "runs/" + run.id(), TestAccounts.ASSIGNED_STUDENT);
    assertThat(text("test-accuracy")).isEqualTo("locked");
    assertThat(text("test-loss")).isEqualTo("locked");
    assertThat(_get(Paragraph.class, s -> s.withId("test-locked")).getText())
        .startsWith("The test set is locked by the assignment \"")
        .contains("submit the run to see its test results");
    assertThat(text("final-validation-accuracy")).isEqualTo(percent(run.finalValidationAccuracy()));
    _assertNone(Grid.class, s -> s.withId("class-metrics"));
    _assertNone(Component.class, s -> s.withId("prediction-grid"));
    assertThat(LocatorJ._find(Span.class).stream().map(Span::getText))
        .doesNotContain(percent(run.testAccuracy()));
    assertThat(text("model-bars")).contains("test images locked: The test set is locked by");
    assertThat(_get(Component.class, s -> s.withId("model-bars")).getElement().toString())
        .doesNotContain("fl-bar-fill");
    KaribuPages.close();

    KaribuPages.open(context, ModelsView.class, "models", TestAccounts.ASSIGNED_STUDENT);
    Grid<RunSummary> grid = _get(RunGrid.class).getContent();
    List<RunSummary> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid);
    int row =
        IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).id().equals(run.id()))
            .findFirst()
            .orElseThrow();
    assertThat(rows.get(row).testAccuracy()).isNull();
    assertThat(_getFormatted(grid, row, "TEST_ACCURACY")).isEqualTo("locked");
    assertThat(_getFormatted(grid, row, "VALIDATION_ACCURACY"))
        .isEqualTo(percent(run.finalValidationAccuracy()));
    KaribuPages.close();

    KaribuPages.open(context, RunView.class, "runs/" + run.id(), TestAccounts.TEACHER);
    assertThat(text("test-accuracy")).isEqualTo(percent(run.testAccuracy()));
    _assertNone(Paragraph.class, s -> s.withId("test-locked"));
    KaribuPages.close();

    TestAccounts.ASSIGNED_STUDENT.signIn(context);
    submissions.submit(assignment.id(), run.id());
    SecurityContextHolder.clearContext();
    KaribuPages.open(context, RunView.class, "runs/" + run.id(), TestAccounts.ASSIGNED_STUDENT);
    assertThat(text("test-accuracy")).isEqualTo(percent(run.testAccuracy()));
    _assertNone(Paragraph.class, s -> s.withId("test-locked"));
    assertThat(_get(Grid.class, s -> s.withId("class-metrics")).isVisible()).isTrue();
    assertThat(text("model-bars")).doesNotContain("locked");
    assertThat(_get(Component.class, s -> s.withId("model-bars")).getElement().toString())
        .contains("fl-bar-fill");
  }
}
