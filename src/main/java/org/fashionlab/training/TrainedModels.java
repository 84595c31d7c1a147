package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trained models: stored in the database ({@link ModelStore}: the spec and DJL's parameter file of
 * each run), so any node reaches them; each is loaded on first use and kept in memory for
 * prediction while it fits the {@link ModelCache}. The models folder on the local disk only holds
 * temporary folders (a model being loaded or an import being checked).
 */
@Component
public class TrainedModels {

  static final String SPEC_FILE = "spec.json";
  static final String PARAMS_PREFIX = "model";

  /** DJL's parameter file name: the prefix and the epoch it was saved after. */
  public static final Pattern PARAMS_FILE = Pattern.compile(PARAMS_PREFIX + "-\\d{4}\\.params");

  /** The name a stored parameter file gets in a folder (an export, a model being loaded). */
  public static final String PARAMS_FILE_NAME = PARAMS_PREFIX + "-0000.params";

  private static final String TEMP_PREFIX = ".tmp-";
  private static final Logger log = LoggerFactory.getLogger(TrainedModels.class);

  private final Path root;
  private final ObjectMapper json;
  private final ModelStore store;
  private final ModelCache loaded;

  public TrainedModels(StorageProperties storage, ObjectMapper json, ModelStore store) {
    this.root = storage.modelsDir().toAbsolutePath();
    this.json = json;
    this.store = store;
    this.loaded = new ModelCache(storage.modelCacheBytes(), this::load, store::exists);
    removeTemporaryFolders();
  }

  /**
   * Stores the trained model of {@code id} (a retried run replaces its earlier one); joins the
   * caller's transaction. It is loaded on first prediction.
   */
  public void store(UUID id, ModelSpec spec, byte[] parameters) {
    unload(id);
    store.put(id, specJson(spec), parameters);
  }

  /** Whether a model is stored under {@code id}. */
  public boolean exists(UUID id) {
    return store.exists(id);
  }

  /** Which of {@code ids} have a stored model (one query, where {@link #exists} is one each). */
  public java.util.Set<UUID> existing(java.util.Collection<UUID> ids) {
    return store.existing(ids);
  }

  /** The spec a stored model was trained from. */
  public Optional<ModelSpec> spec(UUID id) {
    return store.specJson(id).map(this::readSpec);
  }

  /** The stored model of {@code id}: its spec as JSON and its parameter file's bytes. */
  public Optional<ModelStore.Stored> stored(UUID id) {
    return store.get(id);
  }

  /**
   * Class probabilities for each image.
   *
   * @param images images of 784 values in [0, 1], row by row
   * @return for each image, ten probabilities in label order
   * @throws NoSuchElementException when no model is stored under {@code id}
   */
  public List<float[]> predict(UUID id, List<float[]> images) {
    try (ModelCache.Lease lease = lease(id)) {
      return Predictions.of(lease.model(), images);
    }
  }

  /**
   * The loaded model of a run, loading it on first use. The model stays open until the lease is
   * closed, even if the cache evicts it meanwhile; callers never close the model itself.
   */
  ModelCache.Lease lease(UUID id) {
    return loaded.acquire(id);
  }

  /** Models held in memory for prediction. */
  public int loadedModels() {
    return loaded.size();
  }

  /** Bytes of parameters held in memory for prediction. */
  public long loadedBytes() {
    return loaded.bytes();
  }

  /** Loads a stored model: its parameter file goes through a temporary folder into DJL. */
  private Model load(UUID id) {
    ModelStore.Stored stored =
        store
            .get(id)
            .orElseThrow(
                () -> new NoSuchElementException("No trained model is stored for run " + id));
    Path dir = null;
    try {
      dir = newTemporaryFolder("load-");
      Files.write(dir.resolve(PARAMS_FILE_NAME), stored.parameters());
      return ModelFolder.open(dir, readSpec(stored.specJson()), false);
    } catch (IOException | MalformedModelException e) {
      throw new IllegalStateException(
          "The stored model of run " + id + " cannot be read: " + e.getMessage(), e);
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  /** See {@link ModelFolder#open}. */
  Model open(Path dir, ModelSpec spec, boolean untrusted)
      throws IOException, MalformedModelException {
    return ModelFolder.open(dir, spec, untrusted);
  }

  private ModelSpec readSpec(String specJson) {
    try {
      return SpecValidator.requireValid(json.readValue(specJson, ModelSpec.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored spec cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  private String specJson(ModelSpec spec) {
    try {
      return json.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh folder on the local models volume to unpack an imported model into. */
  public Path newImportFolder() throws IOException {
    return newTemporaryFolder("import-");
  }

  private Path newTemporaryFolder(String kind) throws IOException {
    Files.createDirectories(root);
    return Files.createTempDirectory(root, TEMP_PREFIX + kind);
  }

  /** Deletes an import folder from {@link #newImportFolder()} if it is still there. */
  public void discardImportFolder(Path dir) {
    Path normalized = dir.toAbsolutePath().normalize();
    if (normalized.getParent().equals(root)
        && normalized.getFileName().toString().startsWith(TEMP_PREFIX)) {
      deleteTree(normalized);
    }
  }

  /** Frees and deletes a model. */
  public void delete(UUID id) {
    // Row first: a load racing with this delete then finds no model, or is dropped by the cache.
    store.delete(id);
    loaded.remove(id);
  }

  /** Unloads a model from memory, keeping it stored. */
  public void unload(UUID id) {
    loaded.remove(id);
  }

  /**
   * At start-up: models that earlier versions kept as folders under the models folder move into the
   * database, and stored models whose run is gone are deleted.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void tidyUp() {
    LegacyModelFolders.moveIntoStore(root, this::storeFolder);
    int orphans = store.deleteOrphans();
    if (orphans > 0) {
      log.info("Deleted {} stored models whose run no longer exists", orphans);
    }
  }

  private void storeFolder(UUID id, Path dir) throws IOException, MalformedModelException {
    if (!store.exists(id)) {
      String spec = Files.readString(dir.resolve(SPEC_FILE));
      store.put(id, specJson(readSpec(spec)), Files.readAllBytes(ModelFolder.parameterFile(dir)));
    }
  }

  private void removeTemporaryFolders() {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> entries = Files.list(root)) {
      entries
          .filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX))
          .forEach(TrainedModels::deleteTree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TrainedModels::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  public void closeAll() {
    loaded.close();
  }
}
