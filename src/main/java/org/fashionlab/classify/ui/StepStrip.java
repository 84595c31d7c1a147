package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.fashionlab.base.ui.PngData;
import org.fashionlab.classify.Classification;

/** The preprocessing steps side by side, so the student sees what the network sees. */
final class StepStrip extends Composite<Div> {

  StepStrip() {
    getContent().addClassName("fl-steps");
    getContent().setId("preprocessing-steps");
  }

  void show(List<Classification.Step> steps) {
    getContent().removeAll();
    for (int i = 0; i < steps.size(); i++) {
      Classification.Step step = steps.get(i);
      Image image = new Image(PngData.dataUrl(step.image()), step.title());
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
