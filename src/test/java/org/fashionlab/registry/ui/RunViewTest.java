package org.fashionlab.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.base.ui.CodePanel;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.ui.NetworkDiagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The run page without a browser: what it shows of the student's own run, and what it says to a
 * student who opens someone else's run, or a run that does not exist; the owner's teacher reads it.
 */
@ModelsPageTest
class RunViewTest {

  private static final String STRANGER = "runpage-stranger";

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private DatasetService datasets;
  @Autowired private Accounts accounts;
  @Autowired private Classes classes;
  private RunSummary own;

  @BeforeEach
  void aTrainedRunOfTheStudent() {
    own = TrainedRuns.ensure(runs, queue, TestAccounts.STUDENT.ensure(context).username).get(0);
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static String text(String id) {
    return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id))
        .getElement()
        .getTextRecursively();
  }

  @Test
  void theOwnRunPageShowsNameOwnerStatusNetworkSpecResultsAndCode() {
    KaribuPages.open(context, RunView.class, "runs/" + own.id());

    assertThat(_get(H2.class, s -> s.withId("run-name")).getText()).isEqualTo(TrainedRuns.FIRST);
    assertThat(text("run-owner"))
        .contains("Owner: " + TestAccounts.STUDENT.username)
        .contains("MLP 784-128-10")
        .contains("101,770 parameters");
    assertThat(_get(Span.class, s -> s.withId("job-status")).getText()).startsWith("Finished in");
    assertThat(_get(NetworkDiagram.class).getElement().getTextRecursively())
        .contains("Total: 101,770 trainable parameters");
    assertThat(
            _get(UnorderedList.class, s -> s.withId("run-spec")).getElement().getTextRecursively())
        .contains("hidden layers of 128 nodes with ReLU")
        .contains("Adam at learning rate 0.001, batches of 32, for 1 epoch")
        .contains("the first 1,000 training images, 20% held out for validation; seed 42");
    assertThat(_get(Span.class, s -> s.withId("test-accuracy")).getText())
        .isEqualTo(String.format("%.2f%%", 100 * own.testAccuracy()));
    @SuppressWarnings("unchecked")
    Grid<Object> perClass = _get(Grid.class, s -> s.withId("class-metrics"));
    assertThat(GridKt._size(perClass)).isEqualTo(FashionClass.values().length);
    assertThat(_find(_get(Div.class, s -> s.withId("prediction-grid")), Span.class)).hasSize(25);
    assertThat(_get(CodePanel.class).code())
        .contains("keras_model_sequential()")
        .contains("optimizer_adam(learning_rate = 0.001)")
        .contains("batch_size = 32");
  }

  @Test
  void anyTestImageChosenByItsOneBasedNumberShowsAllTenProbabilities() {
    KaribuPages.open(context, RunView.class, "runs/" + own.id());

    _setValue(_get(IntegerField.class, s -> s.withId("test-image-number")), 10);

    ProbabilityBars bars = _get(ProbabilityBars.class);
    List<Div> rows = _find(bars, Div.class).stream().filter(d -> d.hasClassName("fl-bar")).toList();
    assertThat(rows).hasSize(10);
    float[] expected = runs.predict(own.id(), List.of(datasets.input(Split.TEST, 9))).get(0);
    double sum = 0;
    for (float p : expected) {
      sum += p;
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
    assertThat(text("true-class"))
        .isEqualTo("True class: " + FashionClass.of(datasets.label(Split.TEST, 9)).label());
    assertThat(bars.getElement().getTextRecursively())
        .contains(ProbabilityBars.percent(expected[0]));
  }

  @Test
  void trainACopyOpensTheTrainFormFilledWithTheRunsSpec() {
    KaribuPages.openApp(context, "runs/" + own.id());

    _click(_get(Button.class, s -> s.withId("train-copy")));

    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("train");
    assertThat(_get(TextField.class, s -> s.withId("model-name")).getValue())
        .isEqualTo(TrainedRuns.FIRST + " (copy)");
  }

  @Test
  void aStudentWhoOpensSomeoneElsesUnsharedRunReadsThatItIsNotTheirs() {
    UUID strangers = strangersRun();
    KaribuPages.open(context, RunView.class, "runs/" + strangers);

    assertThat(_get(Paragraph.class, s -> s.withId("run-refused")).getText())
        .contains("belongs to someone else and is not shared with you");
    _assertNone(H2.class, s -> s.withId("run-name"));
    _assertNone(NetworkDiagram.class);
  }

  @Test
  void aRunThatDoesNotExistIsSaidSoInsteadOfAnError() {
    KaribuPages.open(context, RunView.class, "runs/" + UUID.randomUUID());
    assertThat(_get(Paragraph.class, s -> s.withId("run-refused")).getText())
        .startsWith("There is no run ");

    KaribuPages.close();
    KaribuPages.open(context, RunView.class, "runs/not-a-run");
    assertThat(_get(Paragraph.class, s -> s.withId("run-refused")).getText())
        .startsWith("There is no run not-a-run");
  }

  @Test
  void theTeacherOfTheOwnersClassReadsTheStudentsRun() {
    UUID strangers = strangersRun();
    TestAccounts.TEACHER.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    ClassSummary x = classes.create(teacher, "Run page class " + UUID.randomUUID());
    classes.joinAnother(accounts.find(STRANGER).orElseThrow().id(), x.joinCode());

    KaribuPages.open(context, RunView.class, "runs/" + strangers, TestAccounts.TEACHER);

    assertThat(_get(H2.class, s -> s.withId("run-name")).getText()).isEqualTo("stranger's run");
    assertThat(text("run-owner")).contains("Owner: " + STRANGER);
    _assertNone(Paragraph.class, s -> s.withId("run-refused"));
  }

  private UUID strangersRun() {
    return runs.list().stream()
        .filter(r -> r.name().equals("stranger's run"))
        .map(RunSummary::id)
        .findFirst()
        .orElseGet(
            () -> {
              String owner = TestAccounts.person(context, STRANGER);
              UUID id =
                  queue
                      .submit(RegistryFixtures.quickMlp(500, 1).withName("stranger's run"), owner)
                      .id();
              RegistryFixtures.awaitDone(runs, id);
              return id;
            });
  }
}
