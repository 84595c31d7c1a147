package org.fashionlab.tune.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.fashionlab.tune.StudyResult;

/**
 * The studies to look at, newest first, showing the one on screen. It holds study ids, not results:
 * a result changes with every finished trial, and a Select whose items change equality loses its
 * value and shows blank.
 */
final class StudyPicker extends Composite<Select<UUID>> {

  private final Map<UUID, String> labels = new LinkedHashMap<>();

  StudyPicker(Consumer<UUID> onPick) {
    Select<UUID> select = getContent();
    select.setLabel("Studies");
    select.setId("study-picker");
    select.setWidth("28em");
    select.setItemLabelGenerator(id -> labels.getOrDefault(id, ""));
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            onPick.accept(e.getValue());
          }
        });
  }

  /** Lists {@code studies} and shows {@code current} (may be null) as chosen. */
  void show(List<StudyResult> studies, UUID current) {
    labels.clear();
    studies.forEach(s -> labels.put(s.id(), label(s)));
    getContent().setItems(List.copyOf(labels.keySet()));
    getContent().setVisible(!studies.isEmpty());
    if (current != null && labels.containsKey(current)) {
      getContent().setValue(current);
    }
  }

  /** What the picker shows for the chosen study, for tests. */
  String shownLabel() {
    UUID value = getContent().getValue();
    return value == null ? "" : labels.get(value);
  }

  static String label(StudyResult study) {
    return study.name()
        + " · "
        + study.trials().size()
        + " trials · "
        + study.status().toLowerCase(Locale.ROOT);
  }
}
