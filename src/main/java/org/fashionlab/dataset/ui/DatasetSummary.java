package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;

/** Sizes, image shape and pixel range, and why inputs are scaled but labels are not. */
final class DatasetSummary extends Composite<Div> {

  DatasetSummary(DatasetService datasets) {
    int side = DatasetService.IMAGE_SIDE;
    Div facts =
        new Div(
            fact("training-count", "Training images", "%,d".formatted(datasets.size(Split.TRAIN))),
            fact("test-count", "Test images", "%,d".formatted(datasets.size(Split.TEST))),
            fact(
                "image-shape",
                "Image shape",
                "%d x %d pixels, %d channel (grey)".formatted(side, side, DatasetService.CHANNELS)),
            fact("raw-range", "Pixel values as stored", "0 .. " + DatasetService.MAX_GREY),
            fact("scaled-range", "After scaling (x / 255)", "0 .. 1"));
    facts.addClassName("fl-facts");
    getContent().setId("summary");
    getContent()
        .add(
            new H3("Summary"),
            facts,
            new Paragraph(
                "The networks here take each image as a %d x %d x %d tensor (one grey channel);"
                        .formatted(DatasetService.CHANNELS, side, side)
                    + " an MLP first flattens it to %d numbers.".formatted(side * side)),
            new Paragraph(
                "Why scale the inputs? Networks learn best from inputs of small, similar size:"
                    + " with values up to 255 the first layer's sums are large, activations"
                    + " saturate and gradient descent needs a much smaller learning rate. Dividing"
                    + " by 255 keeps every pixel in [0, 1], the same way for training and test"
                    + " images."),
            new Paragraph(
                "Why not the labels? A label is not a measurement but the name of a class"
                    + " (0 = T-shirt/top ... 9 = Ankle boot). Dividing it by 255 would be"
                    + " meaningless; instead it is one-hot encoded (see below) so the ten"
                    + " softmax outputs can be compared with it."));
  }

  private static Div fact(String id, String label, String value) {
    Span name = new Span(label);
    name.addClassName("fl-metric-label");
    Span number = new Span(value);
    number.setId(id);
    number.addClassName("fl-fact-value");
    Div fact = new Div(name, number);
    fact.addClassName("fl-metric");
    return fact;
  }
}
