package org.fashionlab.training.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.function.Function;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.model.Augmentation;
import org.fashionlab.model.LearningRateSchedule;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.PaddingKind;
import org.fashionlab.model.PoolingKind;

/** Small factories for the form's fields, so every editor builds them alike. */
final class FormFields {

  private FormFields() {}

  static IntegerField integer(String label, String id) {
    IntegerField field = new IntegerField(label);
    field.setId(id);
    return field;
  }

  static NumberField decimal(String label, String id) {
    NumberField field = new NumberField(label);
    field.setId(id);
    return field;
  }

  static <E extends Enum<E>> Select<E> choice(
      String label, String id, E[] values, Function<E, String> names) {
    Select<E> select = new Select<>();
    select.setLabel(label);
    select.setId(id);
    select.setItems(values);
    select.setItemLabelGenerator(names::apply);
    return select;
  }

  static Select<ActivationKind> activation(String label, String id) {
    return choice(label, id, ActivationKind.values(), ActivationKind::label);
  }

  static Select<OptimizerKind> optimizer(String id) {
    return choice("Optimizer", id, OptimizerKind.values(), OptimizerKind::label);
  }

  static Select<LearningRateSchedule> schedule(String id) {
    return choice(
        "Learning rate schedule", id, LearningRateSchedule.values(), LearningRateSchedule::label);
  }

  static Select<Augmentation> augmentation(String id) {
    return choice("Augmentation", id, Augmentation.values(), Augmentation::choice);
  }

  static Select<PoolingKind> pooling(String id) {
    return choice("Pooling", id, PoolingKind.values(), PoolingKind::label);
  }

  static Select<PaddingKind> padding(String id) {
    return choice("Padding", id, PaddingKind.values(), p -> p.name().toLowerCase());
  }
}
