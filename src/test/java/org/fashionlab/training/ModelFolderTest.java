package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.FlattenOrder;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trained CNN is reopened with the flatten order it was trained with: its parameter file says
 * which, and files written before the order was noted are channels-first.
 */
class ModelFolderTest {

  private static final ModelSpec CNN = Presets.COURSE_CNN;

  @TempDir Path dir;

  @Test
  void aNewModelNotesItsFlattenOrderAndPredictsTheSameReopened() throws Exception {
    List<float[]> before;
    try (Model model = ModelFolder.create(CNN)) {
      initialize(model.getBlock(), model);
      before = predict(model);
      write(ModelFolder.parameters(model));
    }

    assertThat(ModelFolder.flattenOrder(ModelFolder.parameterFile(dir)))
        .isEqualTo(FlattenOrder.CHANNELS_LAST);
    try (Model reopened = ModelFolder.open(dir, CNN, true)) {
      assertSame(predict(reopened), before);
    }
  }

  @Test
  void aModelSavedBeforeTheOrderWasNotedIsReopenedChannelsFirst() throws Exception {
    List<float[]> before;
    try (Model old = Model.newInstance(CNN.name(), "PyTorch")) {
      // As every model before the order was noted: flattened channels-first, no property.
      old.setBlock(BlockFactory.build(CNN.network(), FlattenOrder.CHANNELS_FIRST));
      initialize(old.getBlock(), old);
      before = predict(old);
      write(ModelFolder.parameters(old));
    }

    try (Model reopened = ModelFolder.open(dir, CNN, false)) {
      assertSame(predict(reopened), before);
    }
    // The order matters: the same weights flattened channels-last answer otherwise.
    try (Model wrong = Model.newInstance(CNN.name(), "PyTorch")) {
      wrong.setBlock(BlockFactory.build(CNN.network(), FlattenOrder.CHANNELS_LAST));
      initialize(wrong.getBlock(), wrong);
      wrong.load(dir, TrainedModels.PARAMS_PREFIX);
      assertThat(maxDifference(predict(wrong), before)).isGreaterThan(1e-3f);
    }
  }

  @Test
  void anOrderThisVersionDoesNotKnowIsRefusedWithTheReason() throws Exception {
    try (Model model = ModelFolder.create(CNN)) {
      initialize(model.getBlock(), model);
      model.setProperty(FlattenOrder.PROPERTY, "spiral");
      write(ModelFolder.parameters(model));
    }

    assertThatThrownBy(() -> ModelFolder.open(dir, CNN, true))
        .isInstanceOf(MalformedModelException.class)
        .hasMessageContaining("\"spiral\"")
        .hasMessageContaining("newer Fashion Lab");
  }

  private static void initialize(Block block, Model model) {
    block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
  }

  private void write(byte[] parameters) throws Exception {
    Files.write(dir.resolve(TrainedModels.PARAMS_FILE_NAME), parameters);
  }

  private static List<float[]> predict(Model model) throws Exception {
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      images.add(SharedDatasets.get().input(Split.TEST, i));
    }
    return Predictions.of(model, images);
  }

  private static void assertSame(List<float[]> actual, List<float[]> expected) {
    assertThat(maxDifference(actual, expected)).isLessThan(1e-6f);
  }

  private static float maxDifference(List<float[]> a, List<float[]> b) {
    float max = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.get(i).length; j++) {
        max = Math.max(max, Math.abs(a.get(i)[j] - b.get(i)[j]));
      }
    }
    return max;
  }
}
