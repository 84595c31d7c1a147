package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.fashionlab.assignment.Figures;
import org.fashionlab.registry.RunSummary;

/**
 * A student's picker of their own finished runs, by name, network and validation accuracy: the test
 * accuracy stays out of it while the test set is locked.
 */
final class SubmitPanel extends Div {

  private final ComboBox<RunSummary> runs = new ComboBox<>("Your finished run");
  private final Button submit = new Button("Submit", VaadinIcon.UPLOAD.create());

  SubmitPanel(Consumer<RunSummary> onSubmit) {
    setId("submit-panel");
    runs.setId("submit-run");
    runs.setWidth("32em");
    runs.setItemLabelGenerator(
        r ->
            r.name()
                + " · "
                + r.kind()
                + " "
                + r.architecture()
                + " · validation "
                + Figures.percent(r.finalValidationAccuracy()));
    submit.setId("submit-button");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          if (runs.getValue() != null) {
            onSubmit.accept(runs.getValue());
          }
        });
    Div row = new Div(runs, submit);
    row.addClassName("fl-submit-row");
    add(new H3("Submit a run"), row);
  }

  void show(List<RunSummary> submittable) {
    runs.setItems(submittable);
    runs.setHelperText(
        submittable.isEmpty()
            ? "Train a run first: finished runs you have not submitted show here."
            : null);
  }
}
