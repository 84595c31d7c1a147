package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/** The first 25 test images in a 5x5 grid, each labelled "predicted (true)", green or red. */
final class PredictionGrid extends Composite<Div> {

  static final int COUNT = 25;
  static final String RIGHT = "#008800";
  static final String WRONG = "#bb0000";
  private static final int SCALE = 3;

  private final DatasetService datasets;

  PredictionGrid(DatasetService datasets) {
    this.datasets = datasets;
    getContent().setId("prediction-grid");
    getContent().addClassName("fl-prediction-grid");
  }

  void show(int[] predictions) {
    getContent().removeAll();
    for (int i = 0; i < Math.min(COUNT, predictions.length); i++) {
      getContent().add(createTile(i, predictions[i]));
    }
  }

  private Div createTile(int index, int predicted) {
    int actual = datasets.label(Split.TEST, index);
    String text = FashionClass.of(predicted).label() + " (" + FashionClass.of(actual).label() + ")";
    PixelImage image = new PixelImage(datasets.pixels(Split.TEST, index), SCALE, text);
    Span caption = new Span(text);
    caption.getStyle().setColor(predicted == actual ? RIGHT : WRONG);
    caption.addClassName(predicted == actual ? "fl-right" : "fl-wrong");
    Div tile = new Div(image, caption);
    tile.addClassName("fl-tile");
    return tile;
  }
}
