package org.fashionlab.training.ui;

import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.PaddingKind;
import org.fashionlab.model.PoolingKind;
import org.fashionlab.model.TrainingSettings;

/**
 * The mutable form bean behind the training form: the spec records are immutable, so the Binder
 * edits this draft and {@link #toSpec()} turns it into a {@link ModelSpec}. An MLP's hidden layers
 * and a CNN's dense head share {@link #dense}.
 */
final class SpecDraft {

  enum Kind {
    MLP,
    CNN
  }

  String name;
  Kind kind;
  List<ConvDraft> convBlocks = new ArrayList<>();
  List<Integer> dense = new ArrayList<>();
  ActivationKind activation;
  Double dropout;
  OptimizerKind optimizer;
  Double learningRate;
  Double momentum;
  Integer epochs;
  Integer batchSize;
  Double validationSplit;
  Integer seed;
  Integer trainingLimit;
  Integer earlyStoppingPatience;
  LearningRateSchedule schedule;
  Augmentation augmentation;

  static SpecDraft of(ModelSpec spec) {
    SpecDraft draft = new SpecDraft();
    draft.name = spec.name();
    if (spec.network() instanceof MlpSpec mlp) {
      draft.kind = Kind.MLP;
      draft.dense = new ArrayList<>(mlp.hiddenLayers());
      draft.activation = mlp.activation();
      draft.dropout = mlp.dropout();
    } else if (spec.network() instanceof CnnSpec cnn) {
      draft.kind = Kind.CNN;
      cnn.convBlocks().forEach(block -> draft.convBlocks.add(ConvDraft.of(block)));
      draft.dense = new ArrayList<>(cnn.denseLayers());
      draft.activation = cnn.denseActivation();
      draft.dropout = cnn.dropout();
    }
    TrainingSettings t = spec.training();
    draft.optimizer = t.optimizer();
    draft.learningRate = t.learningRate();
    draft.momentum = t.momentum();
    draft.epochs = t.epochs();
    draft.batchSize = t.batchSize();
    draft.validationSplit = t.validationSplit();
    draft.seed = t.seed();
    draft.trainingLimit = t.trainingLimit();
    draft.earlyStoppingPatience = t.earlyStoppingPatience();
    draft.schedule = t.schedule();
    draft.augmentation = t.augmentation();
    return draft;
  }

  /** A copy that shares nothing with this draft, blank fields included. */
  SpecDraft copy() {
    SpecDraft copy = new SpecDraft();
    copy.name = name;
    copy.kind = kind;
    convBlocks.forEach(block -> copy.convBlocks.add(block.copy()));
    copy.dense = new ArrayList<>(dense);
    copy.activation = activation;
    copy.dropout = dropout;
    copy.optimizer = optimizer;
    copy.learningRate = learningRate;
    copy.momentum = momentum;
    copy.epochs = epochs;
    copy.batchSize = batchSize;
    copy.validationSplit = validationSplit;
    copy.seed = seed;
    copy.trainingLimit = trainingLimit;
    copy.earlyStoppingPatience = earlyStoppingPatience;
    copy.schedule = schedule;
    copy.augmentation = augmentation;
    return copy;
  }

  ModelSpec toSpec() {
    return new ModelSpec(
        name,
        kind == Kind.CNN
            ? new CnnSpec(
                convBlocks.stream().map(ConvDraft::toSpec).toList(),
                dense,
                activation,
                number(dropout))
            : new MlpSpec(dense, activation, number(dropout)),
        new TrainingSettings(
            optimizer,
            number(learningRate),
            number(momentum),
            number(epochs),
            number(batchSize),
            number(validationSplit),
            number(seed),
            number(trainingLimit),
            number(earlyStoppingPatience),
            schedule,
            augmentation));
  }

  /** Where a violation of a dense-layer field points, e.g. "network.hiddenLayers[2]". */
  String densePath() {
    return kind == Kind.CNN ? "network.denseLayers" : "network.hiddenLayers";
  }

  String activationPath() {
    return kind == Kind.CNN ? "network.denseActivation" : "network.activation";
  }

  // A missing number is caught by the form's required check; the spec must still be buildable.
  private static double number(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static int number(Integer value) {
    return value == null ? 0 : value;
  }

  /** One convolution block being edited. */
  static final class ConvDraft {
    Integer filters;
    Integer kernel;
    Integer stride;
    PaddingKind padding;
    ActivationKind activation;
    PoolingKind pooling;
    Integer poolSize;
    boolean batchNorm;

    static ConvDraft of(ConvBlockSpec block) {
      ConvDraft draft = new ConvDraft();
      draft.filters = block.filters();
      draft.kernel = block.kernel();
      draft.stride = block.stride();
      draft.padding = block.padding();
      draft.activation = block.activation();
      draft.pooling = block.pooling();
      draft.poolSize = block.poolSize();
      draft.batchNorm = block.batchNorm();
      return draft;
    }

    ConvDraft copy() {
      ConvDraft copy = new ConvDraft();
      copy.filters = filters;
      copy.kernel = kernel;
      copy.stride = stride;
      copy.padding = padding;
      copy.activation = activation;
      copy.pooling = pooling;
      copy.poolSize = poolSize;
      copy.batchNorm = batchNorm;
      return copy;
    }

    ConvBlockSpec toSpec() {
      return new ConvBlockSpec(
          number(filters),
          number(kernel),
          number(stride),
          padding,
          activation,
          pooling,
          number(poolSize),
          batchNorm);
    }
  }
}
