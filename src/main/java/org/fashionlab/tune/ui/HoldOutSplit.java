package org.fashionlab.tune.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Locale;
import org.fashionlab.model.ModelSpec;

/**
 * The validation split every hold-out trial uses, shown and chosen in the form: it starts at the
 * base model's own split, or at 0.2 with a note saying so where the base holds out nothing.
 */
final class HoldOutSplit extends Composite<NumberField> {

  static final double SUGGESTED = 0.2;

  HoldOutSplit() {
    NumberField field = getContent();
    field.setLabel("Validation split (hold-out)");
    field.setId("study-validation-split");
    field.setMin(0);
    field.setMax(0.5);
    field.setStep(0.05);
    field.setWidth("14em");
  }

  /** Takes the split of a newly chosen base model. */
  void follow(String baseName, ModelSpec base) {
    double own = base == null ? 0 : base.training().validationSplit();
    NumberField field = getContent();
    if (own > 0) {
      field.setValue(own);
      field.setHelperText(baseName + " holds out " + percent(own) + " itself");
    } else {
      field.setValue(SUGGESTED);
      field.setHelperText(
          baseName + " holds out nothing; " + percent(SUGGESTED) + " set here for the trials");
    }
  }

  /** The split the trials use; 0 when the field is empty (the study is then refused). */
  double value() {
    Double value = getContent().getValue();
    return value == null ? 0 : value;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }
}
