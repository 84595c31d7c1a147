package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.fashionlab.dataset.Split;

/** The training/test choice the data page uses in several places. */
final class SplitChoice {

  private SplitChoice() {}

  static RadioButtonGroup<Split> create(String id) {
    RadioButtonGroup<Split> group = new RadioButtonGroup<>("Set");
    group.setId(id);
    group.setItems(Split.values());
    group.setItemLabelGenerator(SplitChoice::label);
    group.setValue(Split.TRAIN);
    return group;
  }

  static String label(Split split) {
    return split == Split.TRAIN ? "Training" : "Test";
  }

  /** The course's R variable for a split. */
  static String rName(Split split) {
    return split == Split.TRAIN ? "x_train" : "x_test";
  }
}
