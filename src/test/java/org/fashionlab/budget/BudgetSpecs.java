package org.fashionlab.budget;

import java.util.Collections;
import java.util.List;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.PaddingKind;
import org.fashionlab.model.PoolingKind;
import org.fashionlab.model.TrainingSettings;

/**
 * The networks the budget is tuned on: a strong CNN that must fit, two hostile ones that must not.
 */
public final class BudgetSpecs {

  private BudgetSpecs() {}

  /** Two conv blocks 32/64 with batch norm, dropout, dense 128, batch 128: a strong "best" CNN. */
  public static ModelSpec strongCnn() {
    return new ModelSpec(
        "strong CNN",
        new CnnSpec(
            List.of(
                conv(32, 3, PaddingKind.SAME, PoolingKind.MAX, true),
                conv(64, 3, PaddingKind.SAME, PoolingKind.MAX, true)),
            List.of(128),
            ActivationKind.RELU,
            0.3),
        TrainingSettings.of(OptimizerKind.ADAM, 0.001, 10, 128).withValidationSplit(0.2));
  }

  /** {@code "hiddenLayers": [4096 x 8]}: 121 million parameters, within every field's bound. */
  public static ModelSpec hugeMlp() {
    return new ModelSpec(
        "huge MLP",
        new MlpSpec(Collections.nCopies(8, 4096), ActivationKind.RELU, 0),
        TrainingSettings.of(OptimizerKind.ADAM, 0.001, 1, 32));
  }

  /** 4 x 256 filters, kernel 7, SAME, no pooling, then 4 x 4096 dense: 882 million parameters. */
  public static ModelSpec hugeCnn() {
    ConvBlockSpec block = conv(256, 7, PaddingKind.SAME, PoolingKind.NONE, false);
    return new ModelSpec(
        "huge CNN",
        new CnnSpec(
            List.of(block, block, block, block),
            Collections.nCopies(4, 4096),
            ActivationKind.RELU,
            0),
        TrainingSettings.of(OptimizerKind.ADAM, 0.001, 1, 32));
  }

  static ConvBlockSpec conv(
      int filters, int kernel, PaddingKind padding, PoolingKind pooling, boolean batchNorm) {
    return new ConvBlockSpec(
        filters, kernel, 1, padding, ActivationKind.RELU, pooling, 2, batchNorm);
  }
}
