package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/** The first training images next to their labels and one-hot vectors, as to_categorical makes. */
final class OneHotTable extends Composite<Div> {

  static final int ROWS = 6;

  OneHotTable(DatasetService datasets) {
    Div table = new Div(createHeader());
    table.setId("one-hot");
    table.addClassName("fl-one-hot");
    for (int i = 0; i < ROWS; i++) {
      table.add(createRow(i, datasets.label(Split.TRAIN, i), datasets.pixels(Split.TRAIN, i)));
    }
    getContent()
        .add(
            new H3("Label encoding"),
            new Paragraph(
                "y_train <- to_categorical(y_train, 10) turns each label 0..9 into ten numbers:"
                    + " 1 in the label's position, 0 elsewhere. Label 9 (Ankle boot) becomes a 1"
                    + " in R's column [,10], since R counts columns from 1. The network's ten"
                    + " softmax outputs are compared with this vector by the categorical"
                    + " cross-entropy loss."),
            table);
  }

  private static Div createHeader() {
    Div header = new Div(cell("image"), cell("label"));
    for (FashionClass c : FashionClass.values()) {
      Span column = cell("[," + (c.ordinal() + 1) + "]");
      column.getElement().setAttribute("title", c.ordinal() + " = " + c.label());
      header.add(column);
    }
    header.addClassNames("fl-one-hot-row", "fl-one-hot-header");
    return header;
  }

  private static Div createRow(int index, int label, int[] pixels) {
    FashionClass item = FashionClass.of(label);
    PixelImage image = new PixelImage(pixels, 2, item.label());
    Div row =
        new Div(image, cell("y_train[" + (index + 1) + "] = " + label + " · " + item.label()));
    for (int value : item.oneHot()) {
      Span bit = cell(Integer.toString(value));
      if (value == 1) {
        bit.addClassName("fl-hot");
      }
      row.add(bit);
    }
    row.addClassName("fl-one-hot-row");
    return row;
  }

  private static Span cell(String text) {
    return new Span(text);
  }
}
