package org.fashionlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AugmentationTest {

  private final ObjectMapper json = StrictJson.strict(new ObjectMapper());

  @Test
  void aSpecWithoutAugmentationReadsAsNoneAndAMirroredOneRoundTrips() throws Exception {
    String old =
        """
        {"optimizer":"ADAM","learningRate":0.001,"momentum":0.9,"epochs":5,"batchSize":32,
         "validationSplit":0,"seed":42,"trainingLimit":0,"earlyStoppingPatience":0,
         "schedule":"COSINE"}
        """;
    assertThat(json.readValue(old, TrainingSettings.class).augmentation())
        .isEqualTo(Augmentation.NONE);

    TrainingSettings mirrored = Presets.STRONG_CNN.training();
    assertThat(mirrored.augmentation()).isEqualTo(Augmentation.MIRROR);
    String written = json.writeValueAsString(mirrored);
    assertThat(written).contains("\"augmentation\":\"MIRROR\"");
    assertThat(json.readValue(written, TrainingSettings.class)).isEqualTo(mirrored);
    assertThatThrownBy(
            () -> json.readValue(written.replace("MIRROR", "ROTATE"), TrainingSettings.class))
        .hasMessageContaining("ROTATE");
  }

  @Test
  void anAbsentAugmentationIsNoneAndTheCourseModelsHaveNone() {
    // That every with... keeps it: LearningRateScheduleTest, beside the schedule.
    assertThat(Presets.STRONG_CNN.training().withAugmentation(null).augmentation())
        .isEqualTo(Augmentation.NONE);
    assertThat(Presets.COURSE_CNN.training().augmentation()).isEqualTo(Augmentation.NONE);
  }

  @Test
  void theDescriptionAndTheKerasCodeNameTheMirroring() {
    assertThat(SpecDescription.of(Presets.STRONG_CNN))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Data: all 60,000 training images")
                    .contains("; training images mirrored left-right at random;"));
    assertThat(SpecDescription.of(Presets.COURSE_CNN)).noneMatch(l -> l.contains("mirrored"));

    // The flip layer takes the input shape; the first convolution no longer does.
    String cnn = KerasCode.of(Presets.STRONG_CNN);
    assertThat(cnn)
        .contains(
            "  layer_random_flip(mode = \"horizontal\", input_shape = c(28, 28, 1)) %>%\n"
                + "  layer_conv_2d(filters = 32, kernel_size = c(3, 3), padding = \"same\") %>%\n");
    assertThat(KerasCode.of(Presets.COURSE_CNN))
        .doesNotContain("random_flip")
        .contains("input_shape = c(28, 28, 1)");

    ModelSpec mlp = augmented(Presets.COURSE_MLP, Augmentation.MIRROR);
    assertThat(KerasCode.of(mlp))
        .contains(
            "  layer_reshape(target_shape = c(28, 28, 1), input_shape = c(28, 28)) %>%\n"
                + "  # each training image mirrored left-right at random (only while fitting)\n"
                + "  layer_random_flip(mode = \"horizontal\") %>%\n"
                + "  layer_flatten() %>%\n"
                + "  layer_dense(units = 128");

    ModelSpec shifted = augmented(Presets.STRONG_CNN, Augmentation.MIRROR_AND_SHIFT);
    assertThat(KerasCode.of(shifted))
        .contains(
            "  layer_random_flip(mode = \"horizontal\", input_shape = c(28, 28, 1)) %>%\n"
                + "  layer_random_translation(height_factor = 2 / 28, width_factor = 2 / 28,"
                + " fill_mode = \"constant\") %>%\n"
                + "  layer_conv_2d(filters = 32");
    assertThat(SpecDescription.of(shifted))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("; training images mirrored left-right and shifted up to 2 pixels"));
  }

  @Test
  void erasingIsNamedInTheDescriptionAndAsACommentInTheKerasCode() {
    ModelSpec erased = augmented(Presets.STRONG_CNN, Augmentation.MIRROR_AND_ERASE);
    assertThat(SpecDescription.of(erased))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(
                        "; training images mirrored left-right and half of them with a random"
                            + " patch blacked out;"));
    assertThat(KerasCode.of(erased))
        .contains(
            "  # training images mirrored at random, and half of them with a random rectangle"
                + " blacked out (random erasing: no keras layer, a custom one would do it)\n"
                + "  layer_random_flip(mode = \"horizontal\", input_shape = c(28, 28, 1)) %>%\n"
                + "  layer_conv_2d(filters = 32");
  }

  private static ModelSpec augmented(ModelSpec preset, Augmentation augmentation) {
    return preset.withTraining(preset.training().withAugmentation(augmentation));
  }
}
