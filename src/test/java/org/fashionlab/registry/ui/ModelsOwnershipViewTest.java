package org.fashionlab.registry.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.account.Scope;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The Models page as a student and as their teacher: a student sees their own runs, and under
 * "Shared by classmates" only what classmates shared, read only; the teacher's "Whole class" shows
 * every student's runs with the actions to manage them.
 */
@SpringBootTest(
    properties = {
      "fashionlab.storage.data-dir=target/test-data/models-ownership",
      "spring.datasource.url=jdbc:h2:mem:models-ownership;DB_CLOSE_DELAY=-1"
    })
class ModelsOwnershipViewTest {

  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  private static UUID own;
  private static UUID classmates;
  private static UUID classmatesShared;

  @BeforeEach
  void aClassWithTwoStudentsAndTheirRuns() {
    if (own != null) {
      return;
    }
    TestAccounts.STUDENT.ensure(context);
    TestAccounts.TEACHER.ensure(context);
    AccountSummary teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow();
    AccountSummary student = accounts.find(TestAccounts.STUDENT.username).orElseThrow();
    ClassSummary x = classes.create(teacher.id(), "Ownership class");
    classes.joinAnother(student.id(), x.joinCode());
    classes.join(x.joinCode(), "mates-bea", "Bea", TestAccounts.PASSWORD);
    own = trained("mine", TestAccounts.STUDENT.username);
    classmates = trained("bea's private", "mates-bea");
    classmatesShared = trained("bea's shared", "mates-bea");
    TestAccounts.signInAs(context, "mates-bea");
    context.getBean(org.fashionlab.registry.RunAccess.class).share(classmatesShared, true);
  }

  private UUID trained(String name, String owner) {
    UUID id = queue.submit(RegistryFixtures.quickMlp(500, 1).withName(name), owner).id();
    RegistryFixtures.awaitDone(runs, id);
    return id;
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static List<UUID> shown() {
    return _findAll(_get(RunGrid.class).getContent()).stream().map(RunSummary::id).toList();
  }

  @SuppressWarnings("unchecked")
  private static void choose(Scope scope) {
    _setValue(_get(RadioButtonGroup.class, s -> s.withId("run-scope")), scope);
  }

  /** Rows of the table that offer a delete button. */
  private static int deleteButtons() {
    var grid = _get(RunGrid.class).getContent();
    int rows = _findAll(grid).size();
    int found = 0;
    for (int row = 0; row < rows; row++) {
      var actions =
          (com.vaadin.flow.component.Component)
              com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions");
      found += _find(actions, Button.class, s -> s.withClasses("fl-run-delete")).size();
    }
    return found;
  }

  @Test
  void aStudentSeesTheirOwnRunsAndOnlyWhatClassmatesShared() {
    KaribuPages.open(context, ModelsView.class, "models", TestAccounts.STUDENT);
    assertThat(shown()).containsExactly(own);
    assertThat(deleteButtons()).isEqualTo(1);

    choose(Scope.CLASS);
    assertThat(shown()).containsExactlyInAnyOrder(own, classmatesShared).doesNotContain(classmates);
    // Bea's shared run is read only for her classmate: one delete button, for the own run.
    assertThat(deleteButtons()).isEqualTo(1);
  }

  @Test
  void theTeacherSeesTheWholeClassAndMayManageIt() {
    KaribuPages.open(context, ModelsView.class, "models", TestAccounts.TEACHER);
    // The teacher trained nothing: their own list is the empty state.
    _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("empty-state"));

    choose(Scope.CLASS);
    assertThat(shown()).containsExactlyInAnyOrder(own, classmates, classmatesShared);
    assertThat(deleteButtons()).isEqualTo(3);
    assertThat(
            _get(RadioButtonGroup.class, s -> s.withId("run-scope"))
                .getItemLabelGenerator()
                .apply(Scope.CLASS))
        .isEqualTo("Whole class");
  }
}
