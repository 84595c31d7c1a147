package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fashionlab.model.BlockFactory;
import org.fashionlab.model.FlattenOrder;
import org.fashionlab.model.ModelSpec;

/**
 * Opens a model folder (spec.json and DJL's parameter file) into a {@link Model}, checking that
 * every parameter has the shape the spec implies and only finite values.
 */
final class ModelFolder {

  private ModelFolder() {}

  /**
   * Builds the block of {@code spec}, loads the folder's parameters into it and checks that every
   * parameter has the shape the spec implies and only finite values.
   *
   * @param untrusted whether the parameter file comes from outside: then its layout is compared
   *     with what the spec's block would write before DJL reads it ({@link ParameterFile})
   * @throws MalformedModelException when the parameters do not fit the spec or are not finite
   */
  static Model open(Path dir, ModelSpec spec, boolean untrusted)
      throws IOException, MalformedModelException {
    Path file = parameterFile(dir);
    Block block = BlockFactory.build(spec.network(), flattenOrder(file));
    Model model = Model.newInstance(spec.name(), "PyTorch");
    try {
      model.setBlock(block);
      block.initialize(model.getNDManager(), DataType.FLOAT32, BlockFactory.inputShape(1));
      Map<String, Shape> expected = new HashMap<>();
      for (Pair<String, Parameter> p : block.getParameters()) {
        expected.put(p.getKey(), p.getValue().getArray().getShape());
      }
      if (untrusted) {
        ParameterFile.check(file, block);
      }
      model.load(dir, TrainedModels.PARAMS_PREFIX);
      for (Pair<String, Parameter> p : block.getParameters()) {
        NDArray values = p.getValue().getArray();
        if (!values.getShape().equals(expected.get(p.getKey()))) {
          throw new MalformedModelException(
              "parameter "
                  + p.getKey()
                  + " has shape "
                  + values.getShape()
                  + " but the spec needs "
                  + expected.get(p.getKey()));
        }
        requireFinite(p.getKey(), values);
      }
      return model;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * A new model for training {@code spec}: its block in the current flatten order, and the order
   * noted among the model's properties, which its parameter file keeps.
   */
  static Model create(ModelSpec spec) {
    Block block = BlockFactory.build(spec.network());
    Model model = Model.newInstance(spec.name(), "PyTorch");
    model.setBlock(block);
    model.setProperty(FlattenOrder.PROPERTY, FlattenOrder.CURRENT.property());
    return model;
  }

  /** The flatten order a parameter file was trained with. */
  static FlattenOrder flattenOrder(Path parameterFile) throws IOException, MalformedModelException {
    String order = ParameterFile.properties(parameterFile).get(FlattenOrder.PROPERTY);
    try {
      return FlattenOrder.ofProperty(order);
    } catch (IllegalArgumentException e) {
      throw new MalformedModelException(e.getMessage(), e);
    }
  }

  private static void requireFinite(String name, NDArray values) throws MalformedModelException {
    try (NDArray nan = values.isNaN();
        NDArray anyNan = nan.any();
        NDArray infinite = values.isInfinite();
        NDArray anyInfinite = infinite.any()) {
      if (anyNan.getBoolean() || anyInfinite.getBoolean()) {
        throw new MalformedModelException(
            "parameter "
                + name
                + " holds "
                + (anyNan.getBoolean() ? "NaN" : "infinite")
                + " values: a network with them cannot predict");
      }
    }
  }

  /**
   * DJL's parameter file of {@code model} as bytes (what {@link Model#save} writes), written
   * through a temporary folder that is deleted again.
   */
  static byte[] parameters(Model model) throws IOException {
    Path dir = Files.createTempDirectory("fashionlab-model-");
    try {
      model.save(dir, TrainedModels.PARAMS_PREFIX);
      return Files.readAllBytes(parameterFile(dir));
    } catch (MalformedModelException e) {
      throw new IOException("DJL wrote no single parameter file: " + e.getMessage(), e);
    } finally {
      TrainedModels.deleteTree(dir);
    }
  }

  /**
   * The folder's one parameter file ({@code model-NNNN.params}); DJL would pick the highest epoch
   * of several, so a folder with more than one is refused rather than guessed at.
   */
  static Path parameterFile(Path dir) throws IOException, MalformedModelException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> TrainedModels.PARAMS_FILE.matcher(p.getFileName().toString()).matches())
              .toList();
    }
    if (files.size() != 1) {
      throw new MalformedModelException(
          files.isEmpty()
              ? "there is no model-NNNN.params with the trained weights"
              : "there are " + files.size() + " parameter files; a model has one");
    }
    return files.get(0);
  }
}
