package org.fashionlab.tune.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertEnabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.Hyperparameter;
import org.fashionlab.tune.Selection;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudyService;
import org.fashionlab.tune.StudySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Tune page without a browser: the validation split, the studies picker, the estimate. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class TuneViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private StudyService studies;

  @BeforeEach
  void openTunePage() {
    KaribuPages.open(context, TuneView.class, "tune");
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private static NumberField split() {
    return byId(NumberField.class, "study-validation-split");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theValidationSplitIsShownAndChosenInTheFormNotSilently() {
    // The Course MLP holds out nothing itself: the form says so and shows the split it sets.
    assertThat(byId(Select.class, "study-base").getValue()).isEqualTo("Course MLP (preset)");
    assertThat(split().getValue()).isEqualTo(0.2);
    assertThat(split().getHelperText()).contains("holds out nothing");
    assertThat(_get(StudyForm.class).study().base().training().validationSplit()).isEqualTo(0.2);

    _setValue(split(), 0.3);
    assertThat(_get(StudyForm.class).study().base().training().validationSplit()).isEqualTo(0.3);

    _setValue(split(), 0.0);
    assertThat(byId(Paragraph.class, "study-estimate").getText())
        .contains("hold-out selection needs a validation split above 0");
    _assertDisabled(byId(Button.class, "start-study"));

    _setValue(byId(Select.class, "study-base"), "3-layer MLP (preset)");
    assertThat(split().getValue()).isEqualTo(0.2);
    assertThat(split().getHelperText()).contains("holds out 20% itself");
    _assertEnabled(byId(Button.class, "start-study"));

    _setValue(byId(RadioButtonGroup.class, "study-selection"), Selection.K_FOLD);
    assertThat(_find(NumberField.class, spec -> spec.withId("study-validation-split"))).isEmpty();
    assertThat(
            byId(com.vaadin.flow.component.textfield.IntegerField.class, "study-folds").isVisible())
        .isTrue();
  }

  @Test
  void thePickerNamesTheStudyShownAndShowsAnotherWhenPicked() {
    StudyResult first = finished(start("picker study A"));
    StudyResult second = finished(start("picker study B"));
    MockVaadin.tearDown();
    openTunePage();

    StudyPicker picker = _get(StudyPicker.class);
    // newest first: B is shown, and the picker says so instead of staying blank
    assertThat(_get(StudyPanel.class).shown().id()).isEqualTo(second.id());
    assertThat(picker.shownLabel()).isEqualTo("picker study B · 1 trials · finished");

    _setValue(picker.getContent(), first.id());

    assertThat(_get(StudyPanel.class).shown().id()).isEqualTo(first.id());
    assertThat(_get(H3.class, s -> s.withText("picker study A (1 trials)"))).isNotNull();
  }

  private UUID start(String name) {
    ModelSpec base =
        Presets.COURSE_MLP.withTraining(
            Presets.COURSE_MLP
                .training()
                .withTrainingLimit(200)
                .withEpochs(1)
                .withValidationSplit(0.2));
    StudySpec spec =
        new StudySpec(
            name,
            base,
            List.of(new GridAxis(Hyperparameter.NODES, List.of("16"))),
            Selection.HOLD_OUT,
            5);
    return studies.start(spec, TestAccounts.STUDENT.ensure(context).username).id();
  }

  private StudyResult finished(UUID id) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> studies.result(id).map(s -> !"RUNNING".equals(s.status())).orElse(false));
    return studies.result(id).orElseThrow();
  }

  private static String estimate() {
    return byId(Paragraph.class, "study-estimate").getText();
  }

  @Test
  void theEstimateShowsTheMostDemandingTrialAndNamesTrialsOverTheBudget() {
    assertThat(estimate())
        .startsWith("6 trials, 6 training runs, about")
        .contains("Most demanding trial: 101,770 parameters · about")
        .contains("of 2 GB memory while training");
    _assertEnabled(byId(Button.class, "start-study"));

    _setValue(byId(TextField.class, "grid-layers"), "1, 8");
    _setValue(byId(TextField.class, "grid-nodes"), "64, 4096");

    assertThat(estimate())
        .contains(
            "hidden layers 8, nodes per layer 4096, learning rate 0.001: This network has 121"
                + " million parameters (limit 25 million)")
        .doesNotContain("hidden layers 1, nodes per layer 64");
    _assertDisabled(byId(Button.class, "start-study"));
  }
}
