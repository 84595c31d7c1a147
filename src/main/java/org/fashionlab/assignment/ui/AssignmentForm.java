package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.assignment.AssignmentSummary;
import org.fashionlab.assignment.ModelKind;
import org.fashionlab.assignment.NewAssignment;
import org.fashionlab.assignment.Target;

/**
 * A teacher's form for a new assignment, or for changing one (its class then fixed); each refused
 * field shows its reason beside it.
 */
final class AssignmentForm extends Div {

  private final Select<ClassSummary> classroom = new Select<>();
  private final TextField title = new TextField("Title");
  private final TextArea instructions = new TextArea("Instructions");
  private final DateTimePicker due = new DateTimePicker("Due");
  private final Checkbox locked = new Checkbox("Lock the test set until the due date", true);
  private final NumberField minTest = new NumberField("Test accuracy at least (0..1)");
  private final NumberField minValidation = new NumberField("Validation accuracy at least (0..1)");
  private final IntegerField maxParameters = new IntegerField("Parameters at most");
  private final Select<ModelKind> kind = new Select<>();
  private final IntegerField maxEpochs = new IntegerField("Epochs at most");
  private final Map<String, HasValidation> fields;

  AssignmentForm(List<ClassSummary> classes, Consumer<NewAssignment> create) {
    this(classes, create, "New assignment", "Create assignment", "create-assignment");
  }

  /** A form filled with an assignment's values, saving them with {@code save}. */
  static AssignmentForm editing(AssignmentSummary assignment, Consumer<NewAssignment> save) {
    ClassSummary own =
        new ClassSummary(assignment.classId(), assignment.className(), null, 0, 0, null);
    AssignmentForm form =
        new AssignmentForm(List.of(own), save, null, "Save changes", "save-assignment");
    form.classroom.setReadOnly(true);
    form.title.setValue(assignment.title());
    form.instructions.setValue(assignment.instructions());
    form.due.setValue(LocalDateTime.ofInstant(assignment.dueAt(), ZoneId.systemDefault()));
    form.locked.setValue(assignment.lockedTestSet());
    Target target = assignment.target();
    form.minTest.setValue(target.minTestAccuracy());
    form.minValidation.setValue(target.minValidationAccuracy());
    form.maxParameters.setValue(
        target.maxParameters() == null
            ? null
            : (int) Math.min(Integer.MAX_VALUE, target.maxParameters()));
    form.kind.setValue(target.kind() == null ? ModelKind.ANY : target.kind());
    form.maxEpochs.setValue(target.maxEpochs());
    return form;
  }

  private AssignmentForm(
      List<ClassSummary> classes,
      Consumer<NewAssignment> create,
      String heading,
      String buttonLabel,
      String buttonId) {
    addClassName("fl-assignment-form");
    setId("assignment-form");
    classroom.setLabel("Class");
    classroom.setItems(classes);
    classroom.setItemLabelGenerator(ClassSummary::name);
    if (!classes.isEmpty()) {
      classroom.setValue(classes.get(0));
    }
    kind.setLabel("Kind of network");
    kind.setItems(ModelKind.values());
    kind.setItemLabelGenerator(ModelKind::label);
    kind.setValue(ModelKind.ANY);
    due.setValue(LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS));
    title.setMaxLength(NewAssignment.MAX_TITLE);
    instructions.setMaxLength(NewAssignment.MAX_INSTRUCTIONS);
    ids();
    fields =
        Map.of(
            "classId", classroom,
            "title", title,
            "instructions", instructions,
            "dueAt", due,
            "target.minTestAccuracy", minTest,
            "target.minValidationAccuracy", minValidation,
            "target.maxParameters", maxParameters,
            "target.maxEpochs", maxEpochs);
    Button submit =
        new Button(buttonLabel, (heading == null ? VaadinIcon.CHECK : VaadinIcon.PLUS).create());
    submit.setId(buttonId);
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(e -> create.accept(value()));
    FormLayout layout =
        new FormLayout(
            classroom, title, due, locked, minTest, minValidation, maxParameters, kind, maxEpochs);
    layout.add(instructions, 2);
    if (heading != null) {
      add(new H3(heading));
    }
    add(layout, submit);
  }

  private void ids() {
    classroom.setId("assignment-class");
    title.setId("assignment-title");
    instructions.setId("assignment-instructions");
    due.setId("assignment-due");
    locked.setId("assignment-locked");
    minTest.setId("target-min-test");
    minValidation.setId("target-min-validation");
    maxParameters.setId("target-max-parameters");
    kind.setId("target-kind");
    maxEpochs.setId("target-max-epochs");
  }

  NewAssignment value() {
    Integer parameters = maxParameters.getValue();
    return new NewAssignment(
        classroom.getValue() == null ? null : classroom.getValue().id(),
        title.getValue(),
        instructions.getValue(),
        due.getValue() == null ? null : due.getValue().atZone(ZoneId.systemDefault()).toInstant(),
        locked.getValue(),
        new Target(
            minTest.getValue(),
            minValidation.getValue(),
            parameters == null ? null : parameters.longValue(),
            kind.getValue(),
            maxEpochs.getValue()),
        null);
  }

  /** Shows each refusal at its field; clears the others. */
  void showRefusals(Map<String, String> refusals) {
    fields.forEach(
        (name, field) -> {
          String message = refusals.get(name);
          field.setInvalid(message != null);
          field.setErrorMessage(message);
        });
  }

  /** Empties the text fields after a created assignment. */
  void clear() {
    title.clear();
    instructions.clear();
    showRefusals(Map.of());
  }
}
