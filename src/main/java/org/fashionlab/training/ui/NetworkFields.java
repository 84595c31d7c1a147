package org.fashionlab.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.ActivationKind;
import org.fashionlab.training.ui.SpecDraft.Kind;

/**
 * The architecture half of the form. Its rows follow the draft's lists, so adding or removing a
 * layer rebuilds the rows and their bindings; {@code onStructureChange} then tells the form.
 */
final class NetworkFields extends Composite<VerticalLayout> {

  static final int MAX_MLP_LAYERS = 8;
  static final int MAX_DENSE_HEAD = 4;

  private final SpecBinder binder;
  private final Runnable onStructureChange;
  private final List<Binder.Binding<SpecDraft, ?>> bindings = new ArrayList<>();
  private final ConvBlockRows convRows;

  NetworkFields(SpecBinder binder, Runnable onStructureChange) {
    this.binder = binder;
    this.onStructureChange = onStructureChange;
    this.convRows = new ConvBlockRows(binder, bindings, this::changed);
    getContent().setPadding(false);
    getContent().setSpacing(false);
  }

  /** Drops every row and binding, e.g. before a new draft is set. */
  void clear() {
    binder.unbind(bindings);
    getContent().removeAll();
  }

  /** Builds rows for the current draft. */
  void build() {
    clear();
    SpecDraft draft = binder.draft();
    if (draft.kind == Kind.CNN) {
      getContent().add(new H4("Convolution blocks"), convRows.create());
    }
    getContent().add(new H4(draft.kind == Kind.CNN ? "Dense head" : "Hidden layers"));
    for (int i = 0; i < draft.dense.size(); i++) {
      getContent().add(createDenseRow(i));
    }
    getContent().add(createAddLayer(), createDenseSettings());
  }

  private HorizontalLayout createDenseRow(int index) {
    IntegerField nodes =
        FormFields.integer("Layer " + (index + 1) + " nodes", "dense-layer-" + (index + 1));
    bindings.add(
        binder.bind(
            nodes,
            () -> binder.draft().densePath() + "[" + index + "]",
            d -> d.dense.get(index),
            (d, v) -> d.dense.set(index, v)));
    Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeDense(index));
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel("Remove layer " + (index + 1));
    remove.setId("remove-layer-" + (index + 1));
    SpecDraft draft = binder.draft();
    remove.setEnabled(draft.kind == Kind.CNN || draft.dense.size() > 1);
    HorizontalLayout row = new HorizontalLayout(nodes, remove);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private Button createAddLayer() {
    SpecDraft draft = binder.draft();
    int max = draft.kind == Kind.CNN ? MAX_DENSE_HEAD : MAX_MLP_LAYERS;
    Button add =
        new Button(
            "Add layer",
            VaadinIcon.PLUS.create(),
            e -> {
              List<Integer> dense = binder.draft().dense;
              dense.add(dense.isEmpty() ? 128 : Math.max(1, dense.get(dense.size() - 1) / 2));
              changed();
            });
    add.setId("add-layer");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add.setEnabled(draft.dense.size() < max);
    return add;
  }

  private Component createDenseSettings() {
    Select<ActivationKind> activation = FormFields.activation("Activation", "activation");
    bindings.add(
        binder.bind(
            activation,
            () -> binder.draft().activationPath(),
            d -> d.activation,
            (d, v) -> d.activation = v));
    NumberField dropout = FormFields.decimal("Dropout", "dropout");
    dropout.setHelperText("0 to 0.9, after every dense layer");
    bindings.add(
        binder.bind(dropout, () -> "network.dropout", d -> d.dropout, (d, v) -> d.dropout = v));
    Div row = new Div(activation, dropout);
    row.addClassName("fl-field-row");
    return row;
  }

  private void removeDense(int index) {
    binder.draft().dense.remove(index);
    changed();
  }

  private void changed() {
    build();
    onStructureChange.run();
  }
}
