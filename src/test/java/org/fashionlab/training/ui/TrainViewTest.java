package org.fashionlab.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertEnabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.fashionlab.KaribuPages;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
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
}
