package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.Locale;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** A text filter over name, architecture and owner, and kind and status choices. */
final class RunFilter extends Composite<HorizontalLayout> {

  static final String ALL = "All";

  private final TextField text = new TextField();
  private final Select<String> kind = new Select<>();
  private final Select<String> status = new Select<>();

  RunFilter(Runnable onChange) {
    text.setId("run-filter");
    text.setPlaceholder("Name, architecture or owner");
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setLabel("Filter");
    text.setWidth("18em");
    configure(kind, "kind-filter", "Kind", ALL, "MLP", "CNN");
    String[] statuses = new String[RunStatus.values().length + 1];
    statuses[0] = ALL;
    for (RunStatus s : RunStatus.values()) {
      statuses[s.ordinal() + 1] = s.name();
    }
    configure(status, "status-filter", "Status", statuses);
    text.addValueChangeListener(e -> onChange.run());
    kind.addValueChangeListener(e -> onChange.run());
    status.addValueChangeListener(e -> onChange.run());
    getContent().add(text, kind, status);
    getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
  }

  private static void configure(Select<String> select, String id, String label, String... items) {
    select.setId(id);
    select.setLabel(label);
    select.setItems(items);
    select.setValue(ALL);
    select.setWidth("9em");
  }

  /** Whether a run passes all three filters. */
  SerializablePredicate<RunSummary> predicate() {
    String needle = text.getValue().strip().toLowerCase(Locale.ROOT);
    String wantedKind = kind.getValue();
    String wantedStatus = status.getValue();
    return run ->
        (needle.isEmpty()
                || contains(run.name(), needle)
                || contains(run.architecture(), needle)
                || contains(run.owner(), needle))
            && (ALL.equals(wantedKind) || wantedKind.equals(run.kind()))
            && (ALL.equals(wantedStatus) || wantedStatus.equals(run.status().name()));
  }

  private static boolean contains(String value, String needle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }
}
