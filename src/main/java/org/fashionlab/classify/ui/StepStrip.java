package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.fashionlab.base.ui.ServedPicture;
import org.fashionlab.classify.Classification;

/**
 * The preprocessing steps side by side, so the student sees what the network sees. The pictures are
 * downloads of their own, fetched by the browser after the update that places them: they stay out
 * of the push (they were two thirds of it as PNG data URLs).
 */
final class StepStrip extends Composite<Div> {

  /** Twice the 140 CSS pixels a picture is shown at: sharp on a high-density screen. */
  private static final int PICTURE_PIXELS = 280;

  StepStrip() {
    getContent().addClassName("fl-steps");
    getContent().setId("preprocessing-steps");
  }

  /** Removes the pictures (and their downloads) of the photo before. */
  void clear() {
    getContent().removeAll();
  }

  void show(List<Classification.Step> steps) {
    clear();
    for (int i = 0; i < steps.size(); i++) {
      Classification.Step step = steps.get(i);
      ServedPicture picture = ServedPicture.of(step.image(), PICTURE_PIXELS);
      Image image = new Image(picture.handler(), step.title());
      image.addClassName("fl-step-image");
      Span title = new Span((i + 1) + ". " + step.title());
      title.addClassName("fl-step-title");
      Span explanation = new Span(step.explanation());
      explanation.addClassName("fl-step-explanation");
      Div tile = new Div(image, title, explanation);
      tile.addClassName("fl-step");
      getContent().add(tile);
    }
  }
}
