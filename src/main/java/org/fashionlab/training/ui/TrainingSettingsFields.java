package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;

/**
 * The training half of the form: optimizer, learning rate, epochs, batch, data used, augmentation.
 */
final class TrainingSettingsFields extends Composite<FormLayout> {

  private final Select<OptimizerKind> optimizer = FormFields.optimizer("optimizer");
  private final NumberField learningRate = FormFields.decimal("Learning rate", "learning-rate");
  private final Select<LearningRateSchedule> schedule = FormFields.schedule("schedule");
  private final NumberField momentum = FormFields.decimal("Momentum", "momentum");
  private final IntegerField epochs = FormFields.integer("Epochs", "epochs");
  private final IntegerField batchSize = FormFields.integer("Batch size", "batch-size");
  private final NumberField validationSplit =
      FormFields.decimal("Validation split", "validation-split");
  private final IntegerField seed = FormFields.integer("Seed", "seed");
  private final IntegerField trainingLimit =
      FormFields.integer("Training images", "training-limit");
  private final IntegerField patience = FormFields.integer("Early stopping patience", "patience");
  private final Select<Augmentation> augmentation = FormFields.augmentation("augmentation");

  TrainingSettingsFields(SpecBinder binder) {
    configureHelp();
    bind(binder);
    optimizer.addValueChangeListener(e -> momentum.setVisible(e.getValue() == OptimizerKind.SGD));
    getContent()
        .add(
            optimizer,
            learningRate,
            schedule,
            momentum,
            epochs,
            batchSize,
            validationSplit,
            trainingLimit,
            seed,
            patience,
            augmentation);
    getContent()
        .setResponsiveSteps(
            new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("320px", 2));
  }

  private void configureHelp() {
    validationSplit.setHelperText("share held out to watch overfitting, 0 to 0.5");
    trainingLimit.setHelperText("0 uses all 60,000");
    patience.setHelperText("epochs without improvement; 0 = off");
    schedule.setHelperText("cosine: from the rate above down to 0 at the last batch");
    augmentation.setHelperText(
        "training images flipped left-right at random; shift: also moved up to 2 pixels");
    momentum.setVisible(false);
  }

  private void bind(SpecBinder binder) {
    binder.bind(optimizer, () -> "training.optimizer", d -> d.optimizer, (d, v) -> d.optimizer = v);
    binder.bind(
        learningRate,
        () -> "training.learningRate",
        d -> d.learningRate,
        (d, v) -> d.learningRate = v);
    binder.bind(schedule, () -> "training.schedule", d -> d.schedule, (d, v) -> d.schedule = v);
    binder.bind(
        augmentation,
        () -> "training.augmentation",
        d -> d.augmentation,
        (d, v) -> d.augmentation = v);
    binder.bind(momentum, () -> "training.momentum", d -> d.momentum, (d, v) -> d.momentum = v);
    binder.bind(epochs, () -> "training.epochs", d -> d.epochs, (d, v) -> d.epochs = v);
    binder.bind(batchSize, () -> "training.batchSize", d -> d.batchSize, (d, v) -> d.batchSize = v);
    binder.bind(
        validationSplit,
        () -> "training.validationSplit",
        d -> d.validationSplit,
        (d, v) -> d.validationSplit = v);
    binder.bind(seed, () -> "training.seed", d -> d.seed, (d, v) -> d.seed = v);
    binder.bind(
        trainingLimit,
        () -> "training.trainingLimit",
        d -> d.trainingLimit,
        (d, v) -> d.trainingLimit = v);
    binder.bind(
        patience,
        () -> "training.earlyStoppingPatience",
        d -> d.earlyStoppingPatience,
        (d, v) -> d.earlyStoppingPatience = v);
  }
}
