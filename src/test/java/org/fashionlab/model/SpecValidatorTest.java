package org.fashionlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {

  private static ModelSpec mlp(List<Integer> layers) {
    return new ModelSpec(
        "m", new MlpSpec(layers, ActivationKind.RELU, 0), Presets.COURSE_MLP.training());
  }

  private static ModelSpec cnn(ConvBlockSpec... blocks) {
    return new ModelSpec(
        "c",
        new CnnSpec(List.of(blocks), List.of(128), ActivationKind.RELU, 0),
        Presets.COURSE_CNN.training());
  }

  private static ModelSpec withRate(double rate) {
    TrainingSettings t = Presets.COURSE_MLP.training();
    return Presets.COURSE_MLP.withTraining(
        new TrainingSettings(
            t.optimizer(),
            rate,
            t.momentum(),
            t.epochs(),
            t.batchSize(),
            t.validationSplit(),
            t.seed(),
            t.trainingLimit(),
            t.earlyStoppingPatience()));
  }

  @Test
  void presetsAreValid() {
    Presets.all().forEach(p -> assertThat(SpecValidator.violations(p)).as(p.name()).isEmpty());
  }

  @Test
  void zeroNodesIsRefusedAtThatLayer() {
    assertThat(SpecValidator.violations(mlp(List.of(128, 0))))
        .containsExactly(
            new SpecViolation("network.hiddenLayers[1]", "a layer needs at least 1 node"));
  }

  @Test
  void nineLayersAreRefused() {
    assertThat(SpecValidator.violations(mlp(List.of(8, 8, 8, 8, 8, 8, 8, 8, 8))))
        .extracting(SpecViolation::message)
        .containsExactly("an MLP needs 1 to 8 hidden layers");
  }

  @Test
  void tooManyNodesAreRefused() {
    assertThat(SpecValidator.violations(mlp(List.of(5000))))
        .extracting(SpecViolation::message)
        .containsExactly("at most 4096 nodes per layer");
  }

  @Test
  void learningRateMustBePositive() {
    assertThat(SpecValidator.violations(withRate(0)))
        .containsExactly(
            new SpecViolation("training.learningRate", "the learning rate must be greater than 0"));
    assertThat(SpecValidator.violations(withRate(-0.1))).hasSize(1);
    assertThat(SpecValidator.violations(withRate(2)))
        .extracting(SpecViolation::message)
        .containsExactly("the learning rate must be at most 1");
  }

  @Test
  void kernelLargerThanItsInputIsRefused() {
    // 28 -> conv7 22 -> pool 11 -> conv7 5 -> pool 2 -> conv7 on 2x2 cannot fit.
    ConvBlockSpec big = ConvBlockSpec.of(8, 7);
    assertThat(SpecValidator.violations(cnn(big, big, big)))
        .containsExactly(
            new SpecViolation(
                "network.convBlocks[2].kernel",
                "Convolution block 3: the 7x7 kernel is larger than its 2x2 input"));
  }

  @Test
  void poolingWindowLargerThanWhatIsLeftIsRefused() {
    ConvBlockSpec block = ConvBlockSpec.of(4, 3);
    ConvBlockSpec widePool =
        new ConvBlockSpec(
            4, 3, 1, PaddingKind.VALID, ActivationKind.RELU, PoolingKind.MAX, 4, false);
    // 28 -> 26 -> 13 -> 11 -> 5 -> 3, then a 4x4 pooling window on 3x3.
    assertThat(SpecValidator.violations(cnn(block, block, widePool)))
        .extracting(SpecViolation::field)
        .containsExactly("network.convBlocks[2].pooling");
  }

  @Test
  void emptyConvListIsRefused() {
    assertThat(SpecValidator.violations(cnn()))
        .containsExactly(
            new SpecViolation("network.convBlocks", "a CNN needs 1 to 4 convolution blocks"));
  }

  @Test
  void samePaddingWithEvenKernelIsRefused() {
    ConvBlockSpec even =
        new ConvBlockSpec(
            8, 4, 1, PaddingKind.SAME, ActivationKind.RELU, PoolingKind.MAX, 2, false);
    assertThat(SpecValidator.violations(cnn(even)))
        .extracting(SpecViolation::message)
        .containsExactly("Convolution block 1: SAME padding needs an odd kernel");
  }

  @Test
  void tinyTrainingSubsetIsRefused() {
    assertThat(
            SpecValidator.violations(
                Presets.COURSE_MLP.withTraining(
                    Presets.COURSE_MLP.training().withTrainingLimit(50))))
        .extracting(SpecViolation::field)
        .containsExactly("training.trainingLimit");
  }

  @Test
  void requireValidListsEveryProblem() {
    ModelSpec bad =
        new ModelSpec(" ", new MlpSpec(List.of(0), null, 0), Presets.COURSE_MLP.training());
    assertThatThrownBy(() -> SpecValidator.requireValid(bad))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("name: give the model a name")
        .hasMessageContaining("network.activation: choose an activation")
        .hasMessageContaining("network.hiddenLayers[0]: a layer needs at least 1 node");
  }
}
