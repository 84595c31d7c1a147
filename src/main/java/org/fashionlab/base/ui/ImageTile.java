package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One Fashion-MNIST image with its caption above it, as the course's 5x5 plots title them. */
public class ImageTile extends Div {

  private final Span caption;

  /**
   * @param pixels grey values 0..255, row by row
   * @param caption the text over the image, e.g. the class name
   * @param note a smaller line under the image (e.g. its number), or null
   */
  public ImageTile(int[] pixels, String caption, String note) {
    this.caption = new Span(caption);
    this.caption.addClassName("fl-tile-caption");
    addClassName("fl-tile");
    add(this.caption, new PixelImage(pixels, 3, caption));
    if (note != null) {
      Span small = new Span(note);
      small.addClassName("fl-tile-note");
      add(small);
    }
  }

  public String caption() {
    return caption.getText();
  }
}
