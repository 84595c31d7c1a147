package org.fashionlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  private final ObjectMapper json = StrictJson.strict(new ObjectMapper());

  @Test
  void stepsAreEpochsTimesBatchesPerEpochWithTheLastPartialBatchCounted() {
    // 1,000 images, 10% held out: 900 per epoch, batches of 128 -> 8 (7 full, one of 4)
    TrainingSettings small =
        TrainingSettings.of(OptimizerKind.ADAM, 0.001, 3, 128)
            .withValidationSplit(0.1)
            .withTrainingLimit(1_000);
    assertThat(small.steps()).isEqualTo(3 * 8);
    // the preset: 54,000 images per epoch in batches of 64 -> 844 (843 full, one of 48)
    assertThat(Presets.STRONG_CNN.training().steps()).isEqualTo(30 * 844);
    assertThat(TrainingSettings.of(OptimizerKind.ADAM, 0.001, 2, 100).steps()).isEqualTo(1_200);
  }

  @Test
  void aSpecWithoutAScheduleReadsAsConstantAndACosineOneRoundTrips() throws Exception {
    String old =
        """
        {"optimizer":"ADAM","learningRate":0.001,"momentum":0.9,"epochs":5,"batchSize":32,
         "validationSplit":0,"seed":42,"trainingLimit":0,"earlyStoppingPatience":0}
        """;
    assertThat(json.readValue(old, TrainingSettings.class).schedule())
        .isEqualTo(LearningRateSchedule.CONSTANT);

    TrainingSettings cosine = Presets.STRONG_CNN.training();
    String written = json.writeValueAsString(cosine);
    assertThat(written).contains("\"schedule\":\"COSINE\"");
    assertThat(json.readValue(written, TrainingSettings.class)).isEqualTo(cosine);
  }

  @Test
  void everyWithKeepsTheScheduleAndTheAugmentation() {
    TrainingSettings cosine = Presets.STRONG_CNN.training();
    TrainingSettings changed =
        cosine
            .withEpochs(3)
            .withBatchSize(64)
            .withLearningRate(0.01)
            .withOptimizer(OptimizerKind.SGD)
            .withTrainingLimit(500)
            .withValidationSplit(0.2)
            .withEarlyStoppingPatience(2);
    assertThat(changed.schedule()).isEqualTo(LearningRateSchedule.COSINE);
    assertThat(changed.augmentation()).isEqualTo(Augmentation.MIRROR);
    assertThat(changed.withSchedule(LearningRateSchedule.CONSTANT).augmentation())
        .isEqualTo(Augmentation.MIRROR);
    assertThat(changed.withAugmentation(Augmentation.NONE).schedule())
        .isEqualTo(LearningRateSchedule.COSINE);
    assertThat(cosine.withSchedule(null).schedule()).isEqualTo(LearningRateSchedule.CONSTANT);
  }

  @Test
  void theDescriptionAndTheKerasCodeNameTheSchedule() {
    assertThat(SpecDescription.of(Presets.STRONG_CNN))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Trained with Adam at learning rate 0.001 (cosine decay to 0), batches of"
                            + " 64, for 30 epochs"));
    assertThat(SpecDescription.of(Presets.COURSE_MLP)).noneMatch(l -> l.contains("cosine"));

    String keras = KerasCode.of(Presets.STRONG_CNN);
    assertThat(keras)
        .contains("lr <- learning_rate_schedule_cosine_decay(0.001, decay_steps = 25320)\n")
        .contains("  optimizer = optimizer_adam(learning_rate = lr),\n");
    assertThat(KerasCode.of(Presets.COURSE_MLP))
        .doesNotContain("cosine")
        .contains("optimizer_adam(learning_rate = 0.001)");
  }

  @Test
  void theStrongCnnPresetIsValid() {
    assertThat(SpecValidator.violations(Presets.STRONG_CNN)).isEmpty();
    assertThat(Presets.named("Strong CNN")).contains(Presets.STRONG_CNN);
    assertThat(Presets.all()).hasSize(4).last().isEqualTo(Presets.STRONG_CNN);
  }
}
