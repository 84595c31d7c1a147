package org.fashionlab.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import org.fashionlab.account.Scope;

/**
 * Whose work a page lists: "Mine" by default, or the class — for a teacher everything of the
 * classes they teach, for a student what classmates shared.
 */
public final class ScopeChoice extends Composite<RadioButtonGroup<Scope>> {

  /**
   * @param teacher whether the viewer teaches (the second choice then reads "Whole class")
   * @param onChange receives the new scope
   */
  public ScopeChoice(String id, boolean teacher, Consumer<Scope> onChange) {
    RadioButtonGroup<Scope> group = getContent();
    group.setId(id);
    group.setItems(Scope.MINE, Scope.CLASS);
    group.setItemLabelGenerator(
        s -> s == Scope.MINE ? "Mine" : teacher ? "Whole class" : "Shared by classmates");
    group.setValue(Scope.MINE);
    group.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            onChange.accept(e.getValue());
          }
        });
  }

  public Scope scope() {
    return getContent().getValue();
  }
}
