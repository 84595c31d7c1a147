package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetStatistics;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/**
 * All ten one-hot vectors, as to_categorical makes them: the first training image of each class
 * next to its label and its row of y_train.
 */
final class OneHotTable extends Composite<Div> {

  static final int ROWS = FashionClass.values().length;

  OneHotTable(DatasetService datasets, DatasetStatistics statistics) {
    Div table = new Div(createHeader());
    table.setId("one-hot");
    table.addClassName("fl-one-hot");
    for (FashionClass c : FashionClass.values()) {
      int first = statistics.indices(Split.TRAIN, c.ordinal())[0];
      table.add(
          createRow(
              first, datasets.label(Split.TRAIN, first), datasets.pixels(Split.TRAIN, first)));
    }
    getContent().setId("label-encoding");
    getContent()
        .add(
            new H3("Label encoding"),
            new Paragraph(
                "y_train <- to_categorical(y_train, 10) turns each label 0..9 into ten numbers:"
                    + " 1 in the label's position, 0 elsewhere. Label 9 (Ankle boot) becomes a 1"
                    + " in R's column [,10], since R counts columns from 1. The network's ten"
                    + " softmax outputs are compared with this vector by the categorical"
                    + " cross-entropy loss. Below, the first training image of each class: the"
                    + " ten rows are the ten possible one-hot vectors."),
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
    Div row = new Div(image, cell("#" + (index + 1) + " · label " + label + " · " + item.label()));
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
