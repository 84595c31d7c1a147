package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.translate.TranslateException;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Trained models: one folder per model under the models directory ({@code spec.json} and DJL's
 * {@code model-0000.params}), each loaded on first use and kept in memory for prediction. A folder
 * is written under a temporary name and renamed when complete, so a crash never leaves a
 * half-written model under a run's id.
 */
@Component
public class TrainedModels {

  static final String SPEC_FILE = "spec.json";
  static final String PARAMS_PREFIX = "model";
  private static final String TEMP_PREFIX = ".tmp-";
  private static final Logger log = LoggerFactory.getLogger(TrainedModels.class);

  private final Path root;
  private final ObjectMapper json;
  private final Map<UUID, Model> loaded = new ConcurrentHashMap<>();

  public TrainedModels(StorageProperties storage, ObjectMapper json) {
    this.root = storage.modelsDir().toAbsolutePath();
    this.json = json;
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
    Model model = model(id);
    // Request threads start with autograd on; predictions must not record graphs.
    JniUtils.setGradMode(false);
    try (Predictor<float[], float[]> predictor = model.newPredictor(new PixelsTranslator())) {
      return predictor.batchPredict(images);
    } catch (TranslateException e) {
      throw new IllegalStateException("Prediction failed: " + e.getMessage(), e);
    }
  }

  /** The loaded model of a run, loading it on first use; owned here, never closed by callers. */
  Model model(UUID id) {
    return loaded.computeIfAbsent(id, this::load);
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

  /**
   * Opens a model folder: builds the block from its spec, loads the parameters and checks that
   * every parameter has the shape the spec implies.
   *
   * @throws MalformedModelException when the parameters do not fit the spec
   */
  Model open(Path dir) throws IOException, MalformedModelException {
    ModelSpec spec = readSpec(dir);
    Block block = BlockFactory.build(spec.network());
    Model model = Model.newInstance(spec.name(), "PyTorch");
    try {
      model.setBlock(block);
      block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
      Map<String, Shape> expected = new HashMap<>();
      for (Pair<String, Parameter> p : block.getParameters()) {
        expected.put(p.getKey(), p.getValue().getArray().getShape());
      }
      model.load(dir, PARAMS_PREFIX);
      for (Pair<String, Parameter> p : block.getParameters()) {
        Shape actual = p.getValue().getArray().getShape();
        if (!actual.equals(expected.get(p.getKey()))) {
          throw new MalformedModelException(
              "parameter "
                  + p.getKey()
                  + " has shape "
                  + actual
                  + " but the spec needs "
                  + expected.get(p.getKey()));
        }
      }
      return model;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      model.close();
      throw e;
    }
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
   * Registers an unpacked model folder under {@code id}: checks that its spec is valid and that its
   * parameters fit the spec, then renames it into place. The folder is gone afterwards either way.
   *
   * @return the model's spec
   * @throws MalformedModelException when the parameters do not fit the spec
   */
  public ModelSpec adopt(UUID id, Path unpacked) throws IOException, MalformedModelException {
    try {
      ModelSpec spec = readSpec(unpacked);
      open(unpacked).close();
      Files.move(unpacked, folder(id), StandardCopyOption.ATOMIC_MOVE);
      return spec;
    } finally {
      deleteTree(unpacked);
    }
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
    Model model = loaded.remove(id);
    if (model != null) {
      model.close();
    }
    deleteTree(folder(id));
  }

  /** Unloads a model from memory, keeping its folder. */
  public void unload(UUID id) {
    Model model = loaded.remove(id);
    if (model != null) {
      model.close();
    }
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
    loaded.values().forEach(Model::close);
    loaded.clear();
  }
}
