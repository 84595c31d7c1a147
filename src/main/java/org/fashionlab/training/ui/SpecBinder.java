package org.fashionlab.training.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.model.SpecViolation;

/**
 * A Binder over a {@link SpecDraft} whose rules all come from {@link SpecValidator}: a field's
 * value is checked by putting it into a copy of the draft, validating the whole spec and keeping
 * the violations that point at that field. The form and the REST/service API thus agree.
 */
final class SpecBinder {

  private final Binder<SpecDraft> binder = new Binder<>();

  SpecDraft draft() {
    return binder.getBean();
  }

  void setDraft(SpecDraft draft) {
    binder.setBean(draft);
  }

  /**
   * Binds a field to a draft property checked against the spec path {@code path} (a supplier,
   * because MLP and CNN name the same field differently).
   */
  <V> Binder.Binding<SpecDraft, V> bind(
      HasValue<?, V> field,
      Supplier<String> path,
      ValueProvider<SpecDraft, V> getter,
      Setter<SpecDraft, V> setter) {
    Binder.Binding<SpecDraft, V> binding =
        binder
            .forField(field)
            .asRequired("enter a value")
            .withValidator(rule(path, setter))
            .bind(getter, setter);
    // Every field is required; a dot on each would only be noise.
    field.setRequiredIndicatorVisible(false);
    return binding;
  }

  void unbind(List<Binder.Binding<SpecDraft, ?>> bindings) {
    bindings.forEach(binder::removeBinding);
    bindings.clear();
  }

  void addChangeListener(Runnable listener) {
    binder.addValueChangeListener(event -> listener.run());
  }

  /** Re-checks every field (one change can break another, e.g. a kernel and a later pooling). */
  boolean validate() {
    return binder.validate().isOk();
  }

  /** Violations of the draft as a whole, e.g. the number of layers, that no field shows. */
  List<SpecViolation> violations() {
    return SpecValidator.violations(draft().toSpec());
  }

  private <V> Validator<V> rule(Supplier<String> path, Setter<SpecDraft, V> setter) {
    return (value, context) -> {
      SpecDraft probe = draft().copy();
      setter.accept(probe, value);
      return violationAt(probe, path.get())
          .map(violation -> ValidationResult.error(violation.message()))
          .orElseGet(ValidationResult::ok);
    };
  }

  private static Optional<SpecViolation> violationAt(SpecDraft probe, String path) {
    return SpecValidator.violations(probe.toSpec()).stream()
        .filter(violation -> violation.field().equals(path))
        .findFirst();
  }
}
