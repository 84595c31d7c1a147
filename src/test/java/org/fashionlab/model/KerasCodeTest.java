package org.fashionlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KerasCodeTest {

  private static final ConvBlockSpec COURSE_CONV = ConvBlockSpec.of(32, 3);

  private static ModelSpec cnn(ConvBlockSpec block, List<Integer> dense, double dropout) {
    return Presets.COURSE_CNN.withNetwork(
        new CnnSpec(List.of(block), dense, ActivationKind.RELU, dropout));
  }

  private static ModelSpec mlp(ActivationKind activation, double dropout) {
    return Presets.COURSE_MLP.withNetwork(new MlpSpec(List.of(128), activation, dropout));
  }

  /** The lines of the model pipe, from keras_model_sequential() to the output layer. */
  private static List<String> modelLines(ModelSpec spec) {
    List<String> lines = KerasCode.of(spec).lines().toList();
    int from = lines.indexOf("model <- keras_model_sequential() %>%");
    int to = lines.indexOf("model %>% compile(");
    return lines.subList(from, to - 1);
  }

  @Test
  void theCourseMlpIsTheSheetsModelCompiledAndFitted() {
    assertThat(KerasCode.of(Presets.COURSE_MLP))
        .isEqualTo(
            """
            # Course MLP: the same model in R keras (Lab 5)
            library(keras)
            # keras draws other random numbers than Fashion Lab (seed 42):
            # expect close, not equal, results

            fashion_mnist <- dataset_fashion_mnist()
            x_train <- fashion_mnist$train$x / 255
            y_train <- to_categorical(fashion_mnist$train$y, 10)
            x_test <- fashion_mnist$test$x / 255
            y_test <- to_categorical(fashion_mnist$test$y, 10)

            model <- keras_model_sequential() %>%
              layer_flatten(input_shape = c(28, 28)) %>%
              layer_dense(units = 128, activation = "relu") %>%
              layer_dense(units = 10, activation = "softmax")

            model %>% compile(
              loss = "categorical_crossentropy",
              optimizer = optimizer_adam(learning_rate = 0.001),
              metrics = "accuracy"
            )

            history <- model %>% fit(x_train, y_train, epochs = 5, batch_size = 32)
            plot(history)

            score <- model %>% evaluate(x_test, y_test, verbose = 0)
            score
            """);
  }

  @Test
  void theCourseCnnReshapesToOneChannelAndValidatesOnAFifth() {
    String code = KerasCode.of(Presets.COURSE_CNN);
    assertThat(code)
        .contains(
            """
            x_train <- array_reshape(x_train, c(nrow(x_train), 28, 28, 1))
            x_test <- array_reshape(x_test, c(nrow(x_test), 28, 28, 1))
            """)
        .contains(
            """
            model <- keras_model_sequential() %>%
              layer_conv_2d(filters = 32, kernel_size = c(3, 3), activation = "relu", input_shape = c(28, 28, 1)) %>%
              layer_max_pooling_2d(pool_size = c(2, 2)) %>%
              layer_flatten() %>%
              layer_dense(units = 128, activation = "relu") %>%
              layer_dense(units = 10, activation = "softmax")
            """)
        .contains("optimizer = optimizer_rmsprop(learning_rate = 0.001),")
        .contains(
            """
            # keras validates on the last 20% of x_train;
            # Fashion Lab held out a random 20% (seed 42)
            history <- model %>% fit(
              x_train, y_train,
              epochs = 10, batch_size = 32, validation_split = 0.2
            )
            """);
  }

  @Test
  void theThreeLayerMlpHasItsThreeHiddenLayersInOrder() {
    assertThat(modelLines(Presets.THREE_LAYER_MLP))
        .containsExactly(
            "model <- keras_model_sequential() %>%",
            "  layer_flatten(input_shape = c(28, 28)) %>%",
            "  layer_dense(units = 256, activation = \"relu\") %>%",
            "  layer_dense(units = 128, activation = \"relu\") %>%",
            "  layer_dense(units = 64, activation = \"relu\") %>%",
            "  layer_dense(units = 10, activation = \"softmax\")");
    assertThat(KerasCode.of(Presets.THREE_LAYER_MLP))
        .contains("  epochs = 5, batch_size = 32, validation_split = 0.2\n)");
  }

  @Test
  void theCnnReshapeIsOnlyWrittenForCnns() {
    assertThat(KerasCode.of(Presets.COURSE_MLP)).doesNotContain("array_reshape");
  }

  @Test
  void everyActivationHasItsKerasName() {
    assertThat(modelLines(mlp(ActivationKind.SIGMOID, 0)))
        .contains("  layer_dense(units = 128, activation = \"sigmoid\") %>%");
    assertThat(modelLines(mlp(ActivationKind.TANH, 0)))
        .contains("  layer_dense(units = 128, activation = \"tanh\") %>%");
    assertThat(modelLines(mlp(ActivationKind.ELU, 0)))
        .contains("  layer_dense(units = 128, activation = \"elu\") %>%");
    assertThat(modelLines(mlp(ActivationKind.GELU, 0)))
        .contains("  layer_dense(units = 128, activation = \"gelu\") %>%");
  }

  @Test
  void leakyReluIsALayerWithThisAppsSlopeNotKerasDefault() {
    assertThat(modelLines(mlp(ActivationKind.LEAKY_RELU, 0)))
        .containsSubsequence(
            "  layer_dense(units = 128) %>%", "  layer_activation_leaky_relu(alpha = 0.01) %>%");
  }

  @Test
  void dropoutFollowsEveryHiddenLayer() {
    ModelSpec spec =
        Presets.COURSE_MLP.withNetwork(new MlpSpec(List.of(256, 64), ActivationKind.RELU, 0.25));
    assertThat(modelLines(spec))
        .containsSubsequence(
            "  layer_dense(units = 256, activation = \"relu\") %>%",
            "  layer_dropout(rate = 0.25) %>%",
            "  layer_dense(units = 64, activation = \"relu\") %>%",
            "  layer_dropout(rate = 0.25) %>%",
            "  layer_dense(units = 10, activation = \"softmax\")");
    assertThat(KerasCode.of(Presets.COURSE_MLP)).doesNotContain("layer_dropout");
  }

  @Test
  void strideAndSamePaddingAreArgumentsWithANoteOnWhereKerasPads() {
    ConvBlockSpec block =
        new ConvBlockSpec(
            16, 5, 2, PaddingKind.SAME, ActivationKind.RELU, PoolingKind.NONE, 2, false);
    List<String> lines = modelLines(cnn(block, List.of(64), 0));
    assertThat(lines)
        .contains(
            "  layer_conv_2d(filters = 16, kernel_size = c(5, 5), strides = c(2, 2),"
                + " padding = \"same\", activation = \"relu\", input_shape = c(28, 28, 1)) %>%");
    assertThat(lines).anyMatch(l -> l.startsWith("  # keras pads \"same\" on the bottom"));
    assertThat(lines).noneMatch(l -> l.contains("pooling"));
    ConvBlockSpec samePaddingStrideOne =
        new ConvBlockSpec(
            16, 3, 1, PaddingKind.SAME, ActivationKind.RELU, PoolingKind.MAX, 2, false);
    assertThat(modelLines(cnn(samePaddingStrideOne, List.of(64), 0)))
        .noneMatch(l -> l.contains("#"))
        .anyMatch(l -> l.contains("padding = \"same\"") && !l.contains("strides"));
  }

  @Test
  void averagePoolingAndItsWindow() {
    ConvBlockSpec block =
        new ConvBlockSpec(
            8, 3, 1, PaddingKind.VALID, ActivationKind.RELU, PoolingKind.AVG, 3, false);
    assertThat(modelLines(cnn(block, List.of(), 0)))
        .containsSubsequence(
            "  layer_conv_2d(filters = 8, kernel_size = c(3, 3), activation = \"relu\","
                + " input_shape = c(28, 28, 1)) %>%",
            "  layer_average_pooling_2d(pool_size = c(3, 3)) %>%",
            "  layer_flatten() %>%",
            "  layer_dense(units = 10, activation = \"softmax\")");
  }

  @Test
  void batchNormSitsBetweenTheConvolutionAndItsActivationWithTheseMomentumAndEpsilon() {
    ConvBlockSpec block =
        new ConvBlockSpec(
            32, 3, 1, PaddingKind.VALID, ActivationKind.TANH, PoolingKind.MAX, 2, true);
    assertThat(modelLines(cnn(block, List.of(128), 0)))
        .containsSubsequence(
            "  layer_conv_2d(filters = 32, kernel_size = c(3, 3), input_shape = c(28, 28, 1)) %>%",
            "  layer_batch_normalization(momentum = 0.9, epsilon = 1e-05) %>%",
            "  layer_activation(activation = \"tanh\") %>%",
            "  layer_max_pooling_2d(pool_size = c(2, 2)) %>%");
  }

  @Test
  void onlyTheFirstConvolutionNamesTheInputShape() {
    ModelSpec spec =
        Presets.COURSE_CNN.withNetwork(
            new CnnSpec(
                List.of(COURSE_CONV, ConvBlockSpec.of(64, 3)), List.of(), ActivationKind.RELU, 0));
    List<String> convs =
        modelLines(spec).stream().filter(l -> l.contains("layer_conv_2d")).toList();
    assertThat(convs).hasSize(2);
    assertThat(convs.get(0)).contains("input_shape = c(28, 28, 1)");
    assertThat(convs.get(1)).doesNotContain("input_shape").contains("filters = 64");
  }

  @Test
  void optimizersWithTheirLearningRateAndSgdMomentum() {
    TrainingSettings sgd = TrainingSettings.of(OptimizerKind.SGD, 0.05, 3, 64);
    assertThat(KerasCode.of(Presets.COURSE_MLP.withTraining(sgd)))
        .contains("optimizer = optimizer_sgd(learning_rate = 0.05, momentum = 0.9),");
    TrainingSettings plainSgd = new TrainingSettings(OptimizerKind.SGD, 0.1, 0, 3, 64, 0, 42, 0, 0);
    assertThat(KerasCode.of(Presets.COURSE_MLP.withTraining(plainSgd)))
        .contains("optimizer = optimizer_sgd(learning_rate = 0.1),");
    TrainingSettings rms = TrainingSettings.of(OptimizerKind.RMSPROP, 0.0001, 3, 64);
    assertThat(KerasCode.of(Presets.COURSE_MLP.withTraining(rms)))
        .contains("optimizer = optimizer_rmsprop(learning_rate = 0.0001),");
  }

  @Test
  void epochsBatchSizeValidationSplitAndEarlyStoppingGoToFit() {
    TrainingSettings t =
        new TrainingSettings(OptimizerKind.ADAM, 0.001, 0.9, 12, 128, 0.1, 7, 0, 3);
    assertThat(KerasCode.of(Presets.COURSE_MLP.withTraining(t)))
        .contains(
            """
            # keras validates on the last 10% of x_train;
            # Fashion Lab held out a random 10% (seed 7)
            history <- model %>% fit(
              x_train, y_train,
              epochs = 12, batch_size = 128, validation_split = 0.1,
              callbacks = list(callback_early_stopping(monitor = "val_loss", patience = 3))
            )
            """);
    TrainingSettings noValidation = t.withValidationSplit(0);
    assertThat(KerasCode.of(Presets.COURSE_MLP.withTraining(noValidation)))
        .contains("# early stopping needs a validation split")
        .contains("fit(x_train, y_train, epochs = 12, batch_size = 128)\n")
        .doesNotContain("callback_early_stopping");
  }

  @Test
  void aTrainingSubsetTakesTheFirstImagesAsTheAppDoes() {
    ModelSpec spec =
        Presets.COURSE_CNN.withTraining(Presets.COURSE_CNN.training().withTrainingLimit(6000));
    String code = KerasCode.of(spec);
    assertThat(code)
        .contains("x_train <- x_train[1:6000, , ]\ny_train <- y_train[1:6000, ]\n")
        .doesNotContain("1:6000, , , ]");
    // the subset is taken before the reshape, while x_train still has three dimensions
    assertThat(code.indexOf("x_train[1:6000")).isLessThan(code.indexOf("array_reshape"));
  }

  @Test
  void numbersAreWrittenAsRReadsThem() {
    assertThat(KerasCode.number(0.001)).isEqualTo("0.001");
    assertThat(KerasCode.number(1e-4)).isEqualTo("0.0001");
    assertThat(KerasCode.number(0.2)).isEqualTo("0.2");
    assertThat(KerasCode.number(5.0)).isEqualTo("5");
  }

  @Test
  void aNameCannotBreakOutOfTheCommentLine() {
    String code = KerasCode.of(Presets.COURSE_MLP.withName("two\nlines"));
    assertThat(code).startsWith("# two lines: the same model in R keras (Lab 5)\nlibrary(keras)\n");
  }
}
