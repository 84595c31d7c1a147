package org.fashionlab.training.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.training.ui.SpecDraft.Kind;

/**
 * Configures a model: a preset to start from, the network and the training settings. Every change
 * is checked with the same rules the training service applies, and announced as a {@link
 * SpecChangeEvent}.
 */
final class TrainingForm extends Composite<VerticalLayout> {

  private final SpecBinder binder = new SpecBinder();
  private final Select<ModelSpec> preset = new Select<>();
  private final TextField name = new TextField("Model name");
  private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>("Network");
  private final NetworkFields network = new NetworkFields(binder, this::structureChanged);
  private final Span problems = new Span();
  private boolean valid;

  TrainingForm() {
    configurePreset();
    configureKind();
    name.setId("model-name");
    binder.bind(name, () -> "name", d -> d.name, (d, v) -> d.name = v);
    problems.addClassName("fl-form-problems");
    binder.addChangeListener(this::changed);
    getContent().setPadding(false);
    getContent()
        .add(
            new H3("Configure"),
            preset,
            name,
            kind,
            network,
            new H3("Training settings"),
            new LossNote(),
            new TrainingSettingsFields(binder),
            problems);
    DraftStore.restore().ifPresentOrElse(this::show, () -> preset.setValue(Presets.all().get(0)));
  }

  private void configurePreset() {
    preset.setLabel("Start from a preset");
    preset.setId("preset");
    preset.setItems(Presets.all());
    preset.setItemLabelGenerator(ModelSpec::name);
    preset.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            load(e.getValue());
          }
        });
  }

  private void configureKind() {
    kind.setId("network-kind");
    kind.setItems(Kind.values());
    kind.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != binder.draft().kind) {
            switchKind(e.getValue());
          }
        });
  }

  /** Fills the form from a spec, e.g. a preset. */
  void load(ModelSpec spec) {
    show(SpecDraft.of(spec));
  }

  /** Chooses a preset, as picking it in the list does. */
  void choosePreset(ModelSpec presetSpec) {
    preset.setValue(presetSpec);
  }

  /** Fills the form with an earlier run's spec, named as its copy. */
  void loadCopy(ModelSpec original) {
    String name = original.name() + " (copy)";
    preset.clear();
    load(original.withName(name.length() > 80 ? name.substring(0, 80) : name));
  }

  private void show(SpecDraft draft) {
    network.clear();
    binder.setDraft(draft);
    kind.setValue(draft.kind);
    network.build();
    changed();
  }

  private void switchKind(Kind newKind) {
    SpecDraft draft = binder.draft();
    SpecDraft example = SpecDraft.of(newKind == Kind.CNN ? Presets.COURSE_CNN : Presets.COURSE_MLP);
    network.clear();
    draft.kind = newKind;
    draft.convBlocks = example.convBlocks;
    draft.dense = example.dense;
    draft.activation = example.activation;
    draft.dropout = example.dropout;
    binder.setDraft(draft);
    network.build();
    changed();
  }

  private void structureChanged() {
    changed();
  }

  private void changed() {
    boolean fieldsValid = binder.validate();
    List<SpecViolation> all = binder.violations();
    valid = fieldsValid && all.isEmpty();
    problems.setText(
        fieldsValid && !all.isEmpty()
            ? all.stream().map(SpecViolation::message).collect(Collectors.joining("; "))
            : "");
    DraftStore.save(binder.draft());
    fireEvent(new SpecChangeEvent(this, binder.draft().toSpec(), valid));
  }

  /** Whether Start may submit what the form shows. */
  boolean isValid() {
    return valid;
  }

  /** The spec the form shows (only meaningful when {@link #isValid()}). */
  ModelSpec spec() {
    return binder.draft().toSpec();
  }

  Registration addSpecChangeListener(
      com.vaadin.flow.component.ComponentEventListener<SpecChangeEvent> listener) {
    return addListener(SpecChangeEvent.class, listener);
  }

  /** The form changed: {@code spec} is built from the values that passed their field checks. */
  static final class SpecChangeEvent extends ComponentEvent<TrainingForm> {
    private final ModelSpec spec;
    private final boolean valid;

    SpecChangeEvent(TrainingForm source, ModelSpec spec, boolean valid) {
      super(source, false);
      this.spec = spec;
      this.valid = valid;
    }

    ModelSpec spec() {
      return spec;
    }

    boolean valid() {
      return valid;
    }
  }
}
