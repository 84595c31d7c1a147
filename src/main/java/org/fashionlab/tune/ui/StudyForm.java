package org.fashionlab.tune.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.Hyperparameter;
import org.fashionlab.tune.Selection;
import org.fashionlab.tune.StudySpec;

/**
 * The study as a student writes it: a base model, comma-separated values for the hyperparameters to
 * vary (like caret's tuneGrid), the training subset and epochs of every trial, and how to pick the
 * best.
 */
final class StudyForm extends Composite<Div> {

  private final TextField name = new TextField("Study name");
  private final Select<String> base = new Select<>();
  private final IntegerField images = new IntegerField("Training images per trial");
  private final IntegerField epochs = new IntegerField("Epochs per trial");
  private final Map<Hyperparameter, TextField> values = new EnumMap<>(Hyperparameter.class);
  private final RadioButtonGroup<Selection> selection = new RadioButtonGroup<>("Pick the best by");
  private final IntegerField folds = new IntegerField("k");
  private final HoldOutSplit split = new HoldOutSplit();
  private final Map<String, ModelSpec> bases = new LinkedHashMap<>();
  private Runnable onChange = () -> {};

  StudyForm() {
    name.setValue("Nodes and learning rate");
    name.setId("study-name");
    base.setLabel("Base model");
    base.setId("study-base");
    images.setValue(6_000);
    images.setId("study-images");
    images.setHelperText("0 uses all 60,000; fewer trains faster");
    epochs.setValue(3);
    epochs.setId("study-epochs");
    selection.setId("study-selection");
    selection.setItems(Selection.values());
    selection.setItemLabelGenerator(
        s -> s == Selection.HOLD_OUT ? "a hold-out validation split" : "k-fold cross-validation");
    selection.setValue(Selection.HOLD_OUT);
    folds.setValue(5);
    folds.setMin(2);
    folds.setMax(10);
    folds.setId("study-folds");
    Div grid = new Div();
    grid.addClassName("fl-study-grid");
    for (Hyperparameter p : Hyperparameter.values()) {
      TextField field = new TextField(p.label());
      field.setId("grid-" + p.name().toLowerCase().replace('_', '-'));
      field.setPlaceholder(example(p));
      field.setValueChangeMode(ValueChangeMode.LAZY);
      values.put(p, field);
      grid.add(field);
    }
    values.get(Hyperparameter.NODES).setValue("32, 64, 128");
    values.get(Hyperparameter.LEARNING_RATE).setValue("0.001, 0.01");
    Div settings = new Div(name, base, images, epochs);
    settings.addClassName("fl-study-settings");
    Div choice = new Div(selection, split, folds);
    choice.addClassName("fl-study-settings");
    getContent()
        .add(
            settings,
            new Paragraph(
                "Values to try, separated by commas; leave a field empty to keep the base model's value."),
            grid,
            choice);
    name.addValueChangeListener(e -> onChange.run());
    base.addValueChangeListener(
        e -> {
          split.follow(e.getValue(), bases.get(e.getValue()));
          onChange.run();
        });
    split.getContent().addValueChangeListener(e -> onChange.run());
    images.addValueChangeListener(e -> onChange.run());
    epochs.addValueChangeListener(e -> onChange.run());
    selection.addValueChangeListener(
        e -> {
          split.setVisible(e.getValue() == Selection.HOLD_OUT);
          folds.setVisible(e.getValue() == Selection.K_FOLD);
          onChange.run();
        });
    folds.setVisible(false);
    folds.addValueChangeListener(e -> onChange.run());
    values.values().forEach(f -> f.addValueChangeListener(e -> onChange.run()));
  }

  void setBases(Map<String, ModelSpec> choices) {
    bases.clear();
    bases.putAll(choices);
    base.setItems(new ArrayList<>(bases.keySet()));
    if (!bases.isEmpty()) {
      base.setValue(bases.keySet().iterator().next());
    }
  }

  void onChange(Runnable listener) {
    this.onChange = listener;
  }

  /** The study as written; the service checks it. */
  StudySpec study() {
    ModelSpec chosen = bases.get(base.getValue());
    if (chosen != null) {
      TrainingSettings training =
          chosen
              .training()
              .withTrainingLimit(orZero(images.getValue()))
              .withEpochs(orZero(epochs.getValue()));
      if (selection.getValue() == Selection.HOLD_OUT) {
        training = training.withValidationSplit(split.value());
      }
      chosen = chosen.withTraining(training);
    }
    List<GridAxis> grid = new ArrayList<>();
    values.forEach(
        (p, field) -> {
          List<String> list =
              Arrays.stream(field.getValue().split(","))
                  .map(String::strip)
                  .filter(v -> !v.isEmpty())
                  .toList();
          if (!list.isEmpty()) {
            grid.add(new GridAxis(p, list));
          }
        });
    return new StudySpec(
        name.getValue(), chosen, grid, selection.getValue(), orZero(folds.getValue()));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static String example(Hyperparameter p) {
    return switch (p) {
      case LAYERS -> "1, 2, 3";
      case NODES -> "32, 64, 128";
      case FILTERS -> "16, 32";
      case DROPOUT -> "0, 0.2";
      case OPTIMIZER -> "adam, sgd, rmsprop";
      case LEARNING_RATE -> "0.001, 0.01";
      case BATCH_SIZE -> "32, 128";
      case EPOCHS -> "3, 5";
    };
  }
}
