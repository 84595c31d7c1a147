package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
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
      Image image = new Image(pngDataUrl(step.image()), step.title());
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

  static String pngDataUrl(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
