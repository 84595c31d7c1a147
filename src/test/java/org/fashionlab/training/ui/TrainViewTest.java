package org.fashionlab.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertEnabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.base.ui.CodePanel;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.KerasCode;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Train page without a browser: the form, its checks and the network diagram. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class TrainViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;

  @BeforeEach
  void openTrainPage() {
    KaribuPages.open(context, TrainView.class, "train");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static IntegerField denseLayer(int number) {
    return byId(IntegerField.class, "dense-layer-" + number);
  }

  private static String totalParameters() {
    return _get(NetworkDiagram.class).totalText();
  }

  @Test
  @SuppressWarnings("unchecked")
  void choosingAPresetFillsTheForm() {
    Select<ModelSpec> preset = byId(Select.class, "preset");

    _setValue(preset, Presets.THREE_LAYER_MLP);

    assertThat(byId(TextField.class, "model-name").getValue()).isEqualTo("3-layer MLP");
    assertThat(denseLayer(1).getValue()).isEqualTo(256);
    assertThat(denseLayer(2).getValue()).isEqualTo(128);
    assertThat(denseLayer(3).getValue()).isEqualTo(64);
    assertThat(byId(NumberField.class, "validation-split").getValue()).isEqualTo(0.2);
    assertThat(totalParameters()).contains("242,762");

    _setValue(preset, Presets.COURSE_CNN);

    assertThat(byId(IntegerField.class, "conv-1-filters").getValue()).isEqualTo(32);
    assertThat(byId(IntegerField.class, "conv-1-kernel").getValue()).isEqualTo(3);
    assertThat(denseLayer(1).getValue()).isEqualTo(128);
    assertThat(byId(Select.class, "optimizer").getValue()).isEqualTo(OptimizerKind.RMSPROP);
    assertThat(byId(IntegerField.class, "epochs").getValue()).isEqualTo(10);
    assertThat(totalParameters()).contains("693,962");
    _assertEnabled(byId(Button.class, "start"));
  }

  @Test
  void anInvalidLearningRateIsExplainedAtTheFieldAndDisablesStart() {
    NumberField learningRate = byId(NumberField.class, "learning-rate");
    Button start = byId(Button.class, "start");
    _assertEnabled(start);

    _setValue(learningRate, 5.0);

    assertThat(learningRate.isInvalid()).isTrue();
    assertThat(learningRate.getErrorMessage()).isEqualTo("the learning rate must be at most 1");
    _assertDisabled(start);

    _setValue(learningRate, 0.0);
    assertThat(learningRate.getErrorMessage())
        .isEqualTo("the learning rate must be greater than 0");
    _assertDisabled(start);

    _setValue(learningRate, 0.01);
    assertThat(learningRate.isInvalid()).isFalse();
    _assertEnabled(start);
    assertThat(_get(TrainingForm.class).spec().training().learningRate()).isEqualTo(0.01);
  }

  @Test
  void addingALayerUpdatesTheParameterCountAndTheDiagram() {
    assertThat(totalParameters()).contains("101,770");
    assertThat(_get(NetworkDiagram.class).svg()).doesNotContain("Dense 64");

    _click(byId(Button.class, "add-layer"));

    // 784*128+128 + 128*64+64 + 64*10+10
    assertThat(denseLayer(2).getValue()).isEqualTo(64);
    assertThat(totalParameters()).contains("109,386");
    assertThat(_get(NetworkDiagram.class).svg()).contains("Dense 64").contains("8,256 parameters");

    _setValue(denseLayer(2), 32);

    assertThat(totalParameters()).contains("104,938");
    assertThat(_get(NetworkDiagram.class).svg()).contains("Dense 32").doesNotContain("Dense 64");
  }

  @Test
  @SuppressWarnings("unchecked")
  void switchingToCnnShowsConvolutionBlocksAndKeepsTheTrainingSettings() {
    _setValue(byId(IntegerField.class, "epochs"), 3);

    _setValue(byId(RadioButtonGroup.class, "network-kind"), SpecDraft.Kind.CNN);

    assertThat(byId(IntegerField.class, "conv-1-filters").getValue()).isEqualTo(32);
    assertThat(byId(IntegerField.class, "epochs").getValue()).isEqualTo(3);
    assertThat(_get(TrainingForm.class).spec().network()).isInstanceOf(CnnSpec.class);
    assertThat(_get(NetworkDiagram.class).svg()).contains("Conv2d 32 3x3");
  }

  @Test
  void theComputeBudgetIsShownLiveAndANetworkOverItCannotStart() {
    BudgetLine budget = _get(BudgetLine.class);
    assertThat(budget.text())
        .isEqualTo(
            "Compute budget: 101,770 parameters · about 52 MB of 2 GB memory while training · 18"
                + " billion multiply-adds per epoch.");
    _assertEnabled(byId(Button.class, "start"));

    _setValue(denseLayer(1), 4096);
    for (int layer = 2; layer <= 8; layer++) {
      _click(byId(Button.class, "add-layer"));
      _setValue(denseLayer(layer), 4096);
    }

    assertThat(budget.text())
        .contains("121 million parameters")
        .contains("This network has 121 million parameters (limit 25 million)")
        .contains("needs about 3.2 GB while training (limit 2 GB)");
    assertThat(budget.getContent().hasClassName("fl-error-text")).isTrue();
    _assertDisabled(byId(Button.class, "start"));

    _setValue(denseLayer(1), 128);
    for (int layer = 8; layer >= 2; layer--) {
      _click(byId(Button.class, "remove-layer-" + layer));
    }
    assertThat(budget.text()).startsWith("Compute budget: 101,770 parameters");
    _assertEnabled(byId(Button.class, "start"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aKernelTooLargeForWhatIsLeftIsShownAtThatBlock() {
    _setValue(byId(Select.class, "preset"), Presets.COURSE_CNN);
    Button addBlock = byId(Button.class, "add-conv-block");
    _click(addBlock);
    _click(byId(Button.class, "add-conv-block"));
    // 28 -> conv 26 -> pool 13 -> conv 11 -> pool 5 -> conv 3 -> pool 1
    _click(byId(Button.class, "add-conv-block"));

    IntegerField kernel = byId(IntegerField.class, "conv-4-kernel");
    assertThat(kernel.isInvalid()).isTrue();
    assertThat(kernel.getErrorMessage()).contains("kernel is larger than its 1x1 input");
    _assertDisabled(byId(Button.class, "start"));

    _setValue(kernel, 1);
    _setValue(byId(Select.class, "conv-4-pooling"), org.fashionlab.model.PoolingKind.NONE);
    assertThat(kernel.isInvalid()).isFalse();
    _assertEnabled(byId(Button.class, "start"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStrongCnnPresetBringsItsCosineScheduleAndMirroringWhichTheFormAndTheCodeFollow() {
    _setValue(byId(Select.class, "preset"), Presets.STRONG_CNN);
    Select<LearningRateSchedule> schedule = byId(Select.class, "schedule");
    assertThat(schedule.getValue()).isEqualTo(LearningRateSchedule.COSINE);
    assertThat(byId(IntegerField.class, "conv-2-filters").getValue()).isEqualTo(64);
    assertThat(byId(NumberField.class, "dropout").getValue()).isEqualTo(0.5);
    Select<Augmentation> augmentation = byId(Select.class, "augmentation");
    assertThat(augmentation.getValue()).isEqualTo(Augmentation.MIRROR);
    byId(Details.class, "keras-code").setOpened(true);
    assertThat(byId(Pre.class, "keras-code-text").getText())
        .isEqualTo(KerasCode.of(Presets.STRONG_CNN))
        .contains("learning_rate_schedule_cosine_decay(0.001, decay_steps = 25320)");

    _setValue(schedule, LearningRateSchedule.CONSTANT);
    assertThat(byId(Pre.class, "keras-code-text").getText())
        .doesNotContain("cosine")
        .contains("optimizer_adam(learning_rate = 0.001)");
    _setValue(augmentation, Augmentation.NONE);
    assertThat(byId(Pre.class, "keras-code-text").getText()).doesNotContain("random_flip");
    _setValue(byId(Select.class, "preset"), Presets.COURSE_MLP);
    assertThat(schedule.getValue()).isEqualTo(LearningRateSchedule.CONSTANT);
    assertThat(augmentation.getValue()).isEqualTo(Augmentation.NONE);
  }

  @Test
  void theRKerasCodeFollowsTheForm() {
    byId(Details.class, "keras-code").setOpened(true);
    assertThat(byId(Pre.class, "keras-code-text").getText())
        .isEqualTo(KerasCode.of(Presets.COURSE_MLP));

    _setValue(byId(IntegerField.class, "epochs"), 7);
    _setValue(byId(NumberField.class, "dropout"), 0.3);

    assertThat(byId(Pre.class, "keras-code-text").getText())
        .contains("layer_dropout(rate = 0.3)")
        .contains("fit(x_train, y_train, epochs = 7, batch_size = 32)");

    _setValue(byId(NumberField.class, "learning-rate"), 5.0);
    assertThat(_get(CodePanel.class).code()).isEmpty();
    assertThat(_find(Pre.class, spec -> spec.withId("keras-code-text"))).isEmpty();
    _assertDisabled(byId(Button.class, "keras-code-copy"));
  }

  @Test
  void theLossIsNamedWhereTheRunIsConfiguredWithALinkToLearn() {
    assertThat(
            byId(com.vaadin.flow.component.html.Div.class, "loss-note")
                .getElement()
                .getTextRecursively())
        .startsWith("Loss: categorical cross-entropy");
    assertThat(byId(com.vaadin.flow.component.html.Anchor.class, "loss-link").getHref())
        .isEqualTo("learn#cross-entropy");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCopyOfARunFillsTheFormWithItsSpec() {
    ModelSpec original =
        new ModelSpec(
            "copy source",
            new MlpSpec(List.of(96, 48), ActivationKind.TANH, 0.1),
            TrainingSettings.of(OptimizerKind.SGD, 0.02, 3, 64)
                .withValidationSplit(0.25)
                .withTrainingLimit(200));
    UUID id = queue.submit(original, TestAccounts.STUDENT.username).id();
    try {
      UI.getCurrent().navigate("train", QueryParameters.of("copy", id.toString()));

      ModelSpec shown = _get(TrainingForm.class).spec();
      assertThat(shown).isEqualTo(original.withName("copy source (copy)"));
      assertThat(byId(TextField.class, "model-name").getValue()).isEqualTo("copy source (copy)");
      assertThat(denseLayer(2).getValue()).isEqualTo(48);
      assertThat(byId(Select.class, "optimizer").getValue()).isEqualTo(OptimizerKind.SGD);
      assertThat(byId(NumberField.class, "validation-split").getValue()).isEqualTo(0.25);
      _assertEnabled(byId(Button.class, "start"));
    } finally {
      queue.delete(id);
    }
  }

  @Test
  void anUnknownRunToCopyLeavesTheFormAsItWas() {
    _setValue(byId(IntegerField.class, "epochs"), 4);

    UI.getCurrent().navigate("train", QueryParameters.of("copy", UUID.randomUUID().toString()));

    assertThat(byId(IntegerField.class, "epochs").getValue()).isEqualTo(4);
    assertThat(byId(TextField.class, "model-name").getValue()).isEqualTo("Course MLP");
  }

  @Test
  void aPresetCanBeNamedInTheAddress() {
    UI.getCurrent().navigate("train", QueryParameters.of("preset", "Course CNN"));

    assertThat(_get(TrainingForm.class).spec()).isEqualTo(Presets.COURSE_CNN);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDraftSurvivesAReload() {
    _setValue(byId(Select.class, "preset"), Presets.COURSE_CNN);
    _setValue(byId(TextField.class, "model-name"), "my CNN");
    _setValue(byId(IntegerField.class, "conv-1-filters"), 16);
    _setValue(byId(IntegerField.class, "epochs"), 2);
    TrainingForm before = _get(TrainingForm.class);

    UI.getCurrent().getPage().reload();

    TrainingForm after = _get(TrainingForm.class);
    assertThat(after).isNotSameAs(before);
    assertThat(byId(TextField.class, "model-name").getValue()).isEqualTo("my CNN");
    assertThat(byId(IntegerField.class, "conv-1-filters").getValue()).isEqualTo(16);
    assertThat(byId(IntegerField.class, "epochs").getValue()).isEqualTo(2);
    assertThat(after.spec().network()).isInstanceOf(CnnSpec.class);
    assertThat(after.spec().training()).isEqualTo(Presets.COURSE_CNN.training().withEpochs(2));
  }

  @Test
  void aNewSessionStartsFromTheFirstPreset() {
    _setValue(byId(IntegerField.class, "epochs"), 9);
    MockVaadin.tearDown();

    KaribuPages.open(context, TrainView.class, "train");

    assertThat(_get(TrainingForm.class).spec()).isEqualTo(Presets.COURSE_MLP);
  }
}
