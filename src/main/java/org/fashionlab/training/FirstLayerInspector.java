package org.fashionlab.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.PoolingKind;
import org.springframework.stereotype.Service;

/**
 * Looks inside a trained CNN: the first convolution's filters and what the first block (conv,
 * optional batch norm, activation, optional pooling) makes of one image.
 */
@Service
public class FirstLayerInspector {

  private final TrainedModels models;

  public FirstLayerInspector(TrainedModels models) {
    this.models = models;
  }

  /**
   * Runs the first convolution block of a run's CNN on one image.
   *
   * @param pixels 784 grey values 0..255, row by row
   * @throws IllegalArgumentException when the run's model is not a CNN
   * @throws java.util.NoSuchElementException when no model is saved for the run
   */
  public FirstLayerMaps inspect(UUID runId, int[] pixels) {
    ConvBlockSpec first = firstBlock(runId);
    try (ModelCache.Lease lease = models.lease(runId)) {
      return inspect(runId, lease.model(), first, pixels);
    }
  }

  private FirstLayerMaps inspect(UUID runId, Model model, ConvBlockSpec first, int[] pixels) {
    List<Block> layers = List.copyOf(model.getBlock().getChildren().values());
    if (!(layers.get(0) instanceof Conv2d conv)) {
      throw new IllegalStateException("The first layer of run " + runId + " is not a Conv2d");
    }
    // Request threads start with autograd on; looking must not record graphs.
    JniUtils.setGradMode(false);
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray weight = conv.getParameters().get("weight").getArray();
      NDArray bias = conv.getParameters().get("bias").getArray();
      int kernel = first.kernel();
      List<float[]> filters = split(weight.toFloatArray(), first.filters());
      ParameterStore parameters = new ParameterStore(manager, false);
      NDList x = new NDList(manager.create(DatasetService.scaled(pixels), new Shape(1, 1, 28, 28)));
      List<String> steps = new ArrayList<>(List.of(convName(first)));
      int layer = 0;
      x = layers.get(layer++).forward(parameters, x, false);
      if (first.batchNorm()) {
        x = layers.get(layer++).forward(parameters, x, false);
        steps.add("BatchNorm");
      }
      x = layers.get(layer++).forward(parameters, x, false);
      steps.add(first.activation().label());
      NDArray activated = x.singletonOrThrow();
      int featureSide = (int) activated.getShape().get(2);
      List<float[]> featureMaps = split(activated.toFloatArray(), first.filters());
      List<float[]> pooled = List.of();
      int pooledSide = 0;
      if (first.pooling() != PoolingKind.NONE) {
        NDArray out = layers.get(layer).forward(parameters, x, false).singletonOrThrow();
        pooledSide = (int) out.getShape().get(2);
        pooled = split(out.toFloatArray(), first.filters());
        steps.add(poolName(first));
      }
      return new FirstLayerMaps(
          filters,
          bias.toFloatArray(),
          kernel,
          featureMaps,
          featureSide,
          pooled,
          pooledSide,
          List.copyOf(steps));
    }
  }

  private ConvBlockSpec firstBlock(UUID runId) {
    ModelSpec spec =
        models
            .spec(runId)
            .orElseThrow(
                () -> new NoSuchElementException("No trained model is stored for run " + runId));
    if (!(spec.network() instanceof CnnSpec cnn)) {
      throw new IllegalArgumentException(
          "Run \"" + spec.name() + "\" is an MLP: it has no filters. Pick a CNN run.");
    }
    return cnn.convBlocks().get(0);
  }

  /** Splits a flat array into {@code parts} equal consecutive pieces. */
  private static List<float[]> split(float[] flat, int parts) {
    int size = flat.length / parts;
    List<float[]> pieces = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      float[] piece = new float[size];
      System.arraycopy(flat, p * size, piece, 0, size);
      pieces.add(piece);
    }
    return pieces;
  }

  private static String convName(ConvBlockSpec block) {
    return "Conv2d %d %dx%d".formatted(block.filters(), block.kernel(), block.kernel());
  }

  private static String poolName(ConvBlockSpec block) {
    String kind = block.pooling() == PoolingKind.MAX ? "MaxPool" : "AvgPool";
    return "%s %dx%d".formatted(kind, block.poolSize(), block.poolSize());
  }
}
