package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Trained models: one folder per model under the models directory ({@code spec.json} and DJL's
 * {@code model-0000.params}), each loaded on first use and kept in memory for prediction while it
 * fits the {@link ModelCache}. A folder is written under a temporary name and renamed when
 * complete, so a crash never leaves a half-written model under a run's id.
 */
@Component
public class TrainedModels {

  static final String SPEC_FILE = "spec.json";
  static final String PARAMS_PREFIX = "model";

  /** DJL's parameter file name: the prefix and the epoch it was saved after. */
  public static final Pattern PARAMS_FILE = Pattern.compile(PARAMS_PREFIX + "-\\d{4}\\.params");

  private static final String TEMP_PREFIX = ".tmp-";
  private static final Logger log = LoggerFactory.getLogger(TrainedModels.class);

  private final Path root;
  private final ObjectMapper json;
  private final ModelCache loaded;

  public TrainedModels(StorageProperties storage, ObjectMapper json) {
    this.root = storage.modelsDir().toAbsolutePath();
    this.json = json;
    this.loaded = new ModelCache(storage.modelCacheBytes(), this::load, this::exists);
    removeHalfWritten();
  }

  /**
   * Saves a trained model under {@code id}, replacing any earlier one (a retried run); the caller
   * keeps and closes the model. It is loaded again on first prediction.
   */
  void save(UUID id, ModelSpec spec, Model model) throws IOException {
    Path temp = root.resolve(TEMP_PREFIX + id);
    deleteTree(temp);
    Files.createDirectories(temp);
    json.writeValue(temp.resolve(SPEC_FILE).toFile(), spec);
    model.save(temp, PARAMS_PREFIX);
    unload(id);
    deleteTree(folder(id));
    Files.move(temp, folder(id), StandardCopyOption.ATOMIC_MOVE);
  }

  /** The folder of a saved model (it may not exist). */
  public Path folder(UUID id) {
    return root.resolve(id.toString());
  }

  /** Whether a complete model is saved under {@code id}. */
  public boolean exists(UUID id) {
    return Files.isRegularFile(folder(id).resolve(SPEC_FILE));
  }

  /**
   * Class probabilities for each image.
   *
   * @param images images of 784 values in [0, 1], row by row
   * @return for each image, ten probabilities in label order
   * @throws NoSuchElementException when no model is saved under {@code id}
   */
  public List<float[]> predict(UUID id, List<float[]> images) {
    // Request threads start with autograd on; predictions must not record graphs.
    JniUtils.setGradMode(false);
    try (ModelCache.Lease lease = lease(id);
        Predictor<float[], float[]> predictor =
            lease.model().newPredictor(new PixelsTranslator())) {
      return predictor.batchPredict(images);
    } catch (TranslateException e) {
      throw new IllegalStateException("Prediction failed: " + e.getMessage(), e);
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

  private Model load(UUID id) {
    if (!exists(id)) {
      throw new NoSuchElementException("No trained model is saved for run " + id);
    }
    try {
      return open(folder(id));
    } catch (IOException | MalformedModelException e) {
      throw new IllegalStateException(
          "The saved model of run " + id + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Opens a model folder of this server: builds the block from its spec and loads it. */
  Model open(Path dir) throws IOException, MalformedModelException {
    return open(dir, readSpec(dir), false);
  }

  /** See {@link ModelFolder#open}. */
  Model open(Path dir, ModelSpec spec, boolean untrusted)
      throws IOException, MalformedModelException {
    return ModelFolder.open(dir, spec, untrusted);
  }

  /** Reads and validates the spec of a model folder. */
  ModelSpec readSpec(Path dir) throws IOException {
    return SpecValidator.requireValid(
        json.readValue(dir.resolve(SPEC_FILE).toFile(), ModelSpec.class));
  }

  /** A fresh folder on the models volume to unpack an imported model into. */
  public Path newImportFolder() throws IOException {
    Files.createDirectories(root);
    return Files.createTempDirectory(root, TEMP_PREFIX + "import-");
  }

  /**
   * Moves a checked import folder into place as the model of {@code id}; the caller has verified it
   * ({@link ModelImports}).
   */
  void adopt(UUID id, Path checked) throws IOException {
    Files.move(checked, folder(id), StandardCopyOption.ATOMIC_MOVE);
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
    // Folder first: a load racing with this delete then finds no folder, or is dropped below.
    deleteTree(folder(id));
    loaded.remove(id);
  }

  /** Unloads a model from memory, keeping its folder. */
  public void unload(UUID id) {
    loaded.remove(id);
  }

  private void removeHalfWritten() {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> entries = Files.list(root)) {
      entries
          .filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX))
          .forEach(
              p -> {
                log.warn("Removing half-written model folder {}", p);
                deleteTree(p);
              });
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
