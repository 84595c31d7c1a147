package org.fashionlab.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.training.ui.SpecDraft.ConvDraft;

/** The rows of a CNN's convolution blocks: filters, kernel, padding, activation, pooling. */
final class ConvBlockRows {

  static final int MAX_BLOCKS = 4;

  private final SpecBinder binder;
  private final List<Binder.Binding<SpecDraft, ?>> bindings;
  private final Runnable onStructureChange;

  ConvBlockRows(
      SpecBinder binder, List<Binder.Binding<SpecDraft, ?>> bindings, Runnable onStructureChange) {
    this.binder = binder;
    this.bindings = bindings;
    this.onStructureChange = onStructureChange;
  }

  Component create() {
    VerticalLayout rows = new VerticalLayout();
    rows.setPadding(false);
    List<ConvDraft> blocks = binder.draft().convBlocks;
    for (int i = 0; i < blocks.size(); i++) {
      rows.add(createRow(i, blocks.size()));
    }
    Button add =
        new Button(
            "Add convolution block",
            VaadinIcon.PLUS.create(),
            e -> {
              binder.draft().convBlocks.add(ConvDraft.of(ConvBlockSpec.of(64, 3)));
              onStructureChange.run();
            });
    add.setId("add-conv-block");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add.setEnabled(blocks.size() < MAX_BLOCKS);
    rows.add(add);
    return rows;
  }

  private Component createRow(int index, int count) {
    String prefix = "conv-" + (index + 1) + "-";
    Div row = new Div(new Span("Block " + (index + 1)));
    row.addClassName("fl-conv-row");
    row.add(
        bound(
            FormFields.integer("Filters", prefix + "filters"),
            index,
            "filters",
            c -> c.filters,
            (c, v) -> c.filters = v),
        bound(
            FormFields.integer("Kernel", prefix + "kernel"),
            index,
            "kernel",
            c -> c.kernel,
            (c, v) -> c.kernel = v),
        bound(
            FormFields.padding(prefix + "padding"),
            index,
            "padding",
            c -> c.padding,
            (c, v) -> c.padding = v),
        bound(
            FormFields.activation("Activation", prefix + "activation"),
            index,
            "activation",
            c -> c.activation,
            (c, v) -> c.activation = v),
        bound(
            FormFields.pooling(prefix + "pooling"),
            index,
            "pooling",
            c -> c.pooling,
            (c, v) -> c.pooling = v));
    Button remove =
        new Button(
            VaadinIcon.TRASH.create(),
            e -> {
              binder.draft().convBlocks.remove(index);
              onStructureChange.run();
            });
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel("Remove block " + (index + 1));
    remove.setEnabled(count > 1);
    row.add(remove);
    return row;
  }

  private <V, F extends Component & HasValue<?, V>> F bound(
      F field,
      int index,
      String property,
      ValueProvider<ConvDraft, V> getter,
      Setter<ConvDraft, V> setter) {
    bindings.add(
        binder.bind(
            field,
            () -> "network.convBlocks[" + index + "]." + property,
            d -> getter.apply(d.convBlocks.get(index)),
            (d, v) -> setter.accept(d.convBlocks.get(index), v)));
    return field;
  }
}
