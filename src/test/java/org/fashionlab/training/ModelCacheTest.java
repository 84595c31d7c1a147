package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained-model cache: bounded in bytes, least recently used out, reloaded on demand. */
class ModelCacheTest {

  /** The course MLP's 101,770 float parameters. */
  private static final long MLP_BYTES = 101_770L * 4;

  @TempDir Path data;
  private TrainedModels models;

  @AfterEach
  void close() {
    models.closeAll();
  }

  /** A cache of 1 MB: two course MLPs fit (814 KB), a third does not. */
  private TrainedModels models() {
    models = TestTrainers.models(data, 1);
    return models;
  }

  private static Model fresh(ModelSpec spec) {
    Model model = ModelFolder.create(spec);
    Block block = model.getBlock();
    block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
    return model;
  }

  private static List<float[]> images() {
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      images.add(SharedDatasets.get().input(Split.TEST, i));
    }
    return images;
  }

  @Test
  void theLeastRecentlyUsedModelIsUnloadedAndPredictsTheSameAfterReloading() throws Exception {
    TrainedModels models = models();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    save(models, a, Presets.COURSE_MLP);
    save(models, b, Presets.COURSE_MLP);
    assertThat(models.loadedModels()).isZero(); // saved, loaded on first prediction
    List<float[]> fromB = models.predict(b, images());
    models.predict(a, images()); // a is now the more recently used
    assertThat(models.loadedModels()).isEqualTo(2);
    assertThat(models.loadedBytes()).isEqualTo(2 * MLP_BYTES);

    save(models, c, Presets.COURSE_MLP);
    models.predict(c, images()); // evicts b, the least recently used

    assertThat(models.loadedModels()).isEqualTo(2);
    assertThat(models.loadedBytes()).isLessThanOrEqualTo(1 << 20);
    List<float[]> reloaded = models.predict(b, images()); // loads b again, evicting a
    for (int i = 0; i < reloaded.size(); i++) {
      assertThat(reloaded.get(i)).containsExactly(fromB.get(i));
    }
    assertThat(models.loadedModels()).isEqualTo(2);
  }

  @Test
  void aModelEvictedWhileInUseStaysOpenUntilItsLeaseEnds() throws Exception {
    TrainedModels models = models();
    UUID a = UUID.randomUUID();
    save(models, a, Presets.COURSE_MLP);
    List<float[]> before = models.predict(a, images().subList(0, 1));
    ModelCache.Lease lease = models.lease(a);
    Model inUse = lease.model();

    models.unload(a);
    UUID other = UUID.randomUUID();
    save(models, other, Presets.COURSE_MLP);
    models.predict(other, images().subList(0, 1));

    assertThat(released(inUse)).isFalse();
    assertThat(Predictions.of(inUse, images().subList(0, 1)).get(0)).containsExactly(before.get(0));
    lease.close();
    assertThat(released(inUse)).isTrue();
    assertThat(models.predict(a, images().subList(0, 1)).get(0)).containsExactly(before.get(0));
  }

  @Test
  void aModelLargerThanTheWholeCacheServesItsRequestAndIsNotKept() throws Exception {
    TrainedModels models = models();
    UUID big = UUID.randomUUID();
    // Course CNN: 693,962 parameters, 2.8 MB, more than the 1 MB cache.
    save(models, big, Presets.COURSE_CNN);

    assertThat(models.predict(big, images())).hasSize(5);
    assertThat(models.loadedModels()).isZero();
    assertThat(models.exists(big)).isTrue();
  }

  @Test
  void deletingAModelFreesItAndItsRow() throws Exception {
    TrainedModels models = models();
    UUID a = UUID.randomUUID();
    save(models, a, Presets.COURSE_MLP);
    Model loaded;
    try (ModelCache.Lease lease = models.lease(a)) {
      loaded = lease.model();
    }
    assertThat(models.loadedModels()).isEqualTo(1);

    models.delete(a);

    assertThat(models.loadedModels()).isZero();
    assertThat(released(loaded)).isTrue();
    assertThat(models.exists(a)).isFalse();
    assertThat(models.stored(a)).isEmpty();
  }

  /** Stores a freshly initialised network as {@code id}, closing it as the trainer does. */
  private static void save(TrainedModels models, UUID id, ModelSpec spec) throws Exception {
    try (Model model = fresh(spec)) {
      models.store(id, spec, ModelFolder.parameters(model));
    }
  }

  private static boolean released(Model model) {
    return model.getBlock().getParameters().valueAt(0).getArray().isReleased();
  }
}
