package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.ConvBlockSpec;
import org.fashionlab.model.LayerSummary;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.model.Presets;

/** The course's two research questions: what deep learning is, what a CNN is, with a picture. */
final class DeepLearningPanel extends Composite<Div> {

  DeepLearningPanel(DatasetService datasets) {
    List<LayerSummary> layers = NetworkSummary.of(Presets.COURSE_CNN.network()).layers();
    LayerSummary conv = layers.get(0);
    ConvBlockSpec block = ((CnnSpec) Presets.COURSE_CNN.network()).convBlocks().get(0);
    int filters = block.filters();
    int kernel = block.kernel();
    // A dense layer from the pixels to as many nodes as the convolution has filters.
    long dense = (long) NetworkSummary.INPUTS * filters + filters;
    Div sketch = new Div();
    sketch.setId("cnn-sketch");
    sketch.addClassName("fl-cnn-sketch");
    String image = PixelImage.dataUrl(datasets.pixels(Split.TEST, 0), 1);
    sketch.getElement().setProperty("innerHTML", CnnSketch.draw(image, layers));
    Div cnn = new Div();
    cnn.setId("cnn");
    cnn.add(
        new H3("What is a convolutional neural network?"),
        new Paragraph(
            "A CNN is a network whose first layers are convolutions instead of dense layers. A"
                + " convolution slides small filters (the course's: %d filters of %d × %d) over"
                    .formatted(filters, kernel, kernel)
                + " the image and, at every position, writes the weighted sum of the pixels under"
                + " it into a feature map: high where that patch looks like the filter. The same"
                + " few weights are used everywhere, so the network finds an edge or a collar"
                + " wherever it is, and needs far fewer weights: this convolution has %,d"
                    .formatted(conv.parameters())
                + " parameters for %d whole feature maps, while a dense layer from the %d"
                    .formatted(filters, NetworkSummary.INPUTS)
                + " pixels to just %d nodes would need %,d. Pooling then keeps the strongest"
                    .formatted(filters, dense)
                + " value of each 2 × 2 window, halving the maps; flatten and dense layers turn"
                + " the features into the ten class probabilities."),
        sketch);
    getContent().setId("deep-learning");
    getContent()
        .add(
            new H3("What is deep learning?"),
            new Paragraph(
                "Deep learning is machine learning with neural networks of many layers, the"
                    + " depth giving it its name. Instead of features that people design (the"
                    + " length of a sleeve, the height of a heel), the network learns its own"
                    + " from the raw pixels: early layers respond to edges and strokes, later ones"
                    + " to textures and parts, the last to whole objects. The price is data and"
                    + " computation: many labelled examples, and many passes over them."),
            cnn);
  }
}
