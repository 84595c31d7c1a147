package org.fashionlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkSummaryTest {

  @Test
  void courseMlpHas101770Parameters() {
    NetworkSummary summary = NetworkSummary.of(Presets.COURSE_MLP.network());
    assertThat(summary.totalParameters()).isEqualTo(101_770);
    assertThat(summary.layers())
        .extracting(LayerSummary::shapeText)
        .containsExactly("784", "128", "10");
  }

  @Test
  void courseCnnHas693962ParametersAndKerasShapes() {
    NetworkSummary summary = NetworkSummary.of(Presets.COURSE_CNN.network());
    assertThat(summary.totalParameters()).isEqualTo(693_962);
    assertThat(summary.layers())
        .extracting(LayerSummary::shapeText)
        .containsExactly("32x26x26", "32x13x13", "5408", "128", "10");
    assertThat(summary.layers())
        .extracting(LayerSummary::parameters)
        .containsExactly(320L, 0L, 0L, 692_352L, 1_290L);
  }

  @Test
  void architectureTextIsCompact() {
    assertThat(NetworkSummary.architecture(Presets.COURSE_MLP.network())).isEqualTo("784-128-10");
    assertThat(NetworkSummary.architecture(Presets.COURSE_CNN.network()))
        .isEqualTo("conv32-pool-128-10");
  }

  static Stream<NetworkSpec> networks() {
    return Stream.of(
        Presets.COURSE_MLP.network(),
        Presets.COURSE_CNN.network(),
        Presets.THREE_LAYER_MLP.network(),
        new MlpSpec(List.of(64, 32), ActivationKind.GELU, 0.2),
        new CnnSpec(
            List.of(
                new ConvBlockSpec(
                    16, 5, 1, PaddingKind.SAME, ActivationKind.ELU, PoolingKind.AVG, 2, true),
                new ConvBlockSpec(
                    8,
                    3,
                    2,
                    PaddingKind.VALID,
                    ActivationKind.LEAKY_RELU,
                    PoolingKind.NONE,
                    2,
                    false)),
            List.of(),
            ActivationKind.TANH,
            0),
        new CnnSpec(
            List.of(
                new ConvBlockSpec(
                    4, 7, 1, PaddingKind.VALID, ActivationKind.SIGMOID, PoolingKind.MAX, 3, false)),
            List.of(32, 16),
            ActivationKind.RELU,
            0.5));
  }

  @ParameterizedTest
  @MethodSource("networks")
  void summaryMatchesTheBuiltDjlBlock(NetworkSpec spec) {
    NetworkSummary summary = NetworkSummary.of(spec);
    try (Model model = Model.newInstance("summary-check", "PyTorch")) {
      Block block = BlockFactory.build(spec);
      model.setBlock(block);
      block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(5));
      long trainable =
          block.getParameters().values().stream()
              .filter(Parameter::requiresGradient)
              .mapToLong(p -> p.getArray().size())
              .sum();
      assertThat(trainable).isEqualTo(summary.totalParameters());
      Shape[] out = block.getOutputShapes(new Shape[] {BlockFactory.inputShape(5)});
      assertThat(out[0]).isEqualTo(new Shape(5, 10));
    }
  }
}
