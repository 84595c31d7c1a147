package org.fashionlab.learn.ui;

import java.util.List;
import java.util.Locale;
import org.fashionlab.model.LayerSummary;
import org.fashionlab.model.NetworkSummary;

/**
 * A left-to-right picture of a small CNN: the input image, stacks of feature maps drawn to scale,
 * the flattened vector, the dense layer and the ten outputs, each named with its shape.
 */
final class CnnSketch {

  private static final int SLOT = 140;
  static final int HEIGHT = 250;
  private static final int IMAGE = 84;
  private static final int MID = 120;

  private CnnSketch() {}

  /**
   * @param imageUrl a PNG data URL of the 28 x 28 input image
   * @param layers the course CNN's layers: conv, pool, flatten, dense, output
   */
  static String draw(String imageUrl, List<LayerSummary> layers) {
    int width = SLOT * (layers.size() + 1);
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d'"
                .formatted(width, HEIGHT, width, HEIGHT)
            + " role='img' aria-label='How a CNN sees an image'>");
    int center = SLOT / 2;
    svg.append(
        "<image href='%s' x='%d' y='%d' width='%d' height='%d' style='image-rendering:pixelated'/>"
            .formatted(imageUrl, center - IMAGE / 2, MID - IMAGE / 2, IMAGE, IMAGE));
    caption(svg, center, "input", "28 × 28 × 1");
    for (LayerSummary layer : layers) {
      arrow(svg, center + SLOT / 2 - 14, center + SLOT / 2 + 14);
      center += SLOT;
      List<Integer> shape = layer.outputShape();
      if (shape.size() == 3) {
        int side = Math.max(12, shape.get(1) * IMAGE / 28);
        maps(
            svg,
            center - side / 2 - 12,
            side,
            layer.name().startsWith("Conv") ? "#ffe3c7" : "#d7f5df");
        caption(
            svg,
            center,
            title(layer),
            shape.get(0) + " maps " + shape.get(1) + " × " + shape.get(2));
      } else if (layer.name().equals("Flatten")) {
        svg.append(
            "<rect x='%d' y='%d' width='10' height='%d' fill='#eef0f3' stroke='#4b5563'/>"
                .formatted(center - 5, MID - 90, 180));
        caption(svg, center, "flatten", String.format(Locale.ROOT, "%,d numbers", shape.get(0)));
      } else {
        boolean output = shape.get(0) == NetworkSummary.CLASSES;
        for (int i = 0; i < 10; i++) {
          int y = MID - 81 + i * 18;
          svg.append(
              "<circle cx='%d' cy='%d' r='6' fill='%s' stroke='#4b5563'/>"
                  .formatted(center, y, output ? "#d7f5df" : "#dbe9ff"));
        }
        caption(svg, center, title(layer), output ? "10 probabilities" : shape.get(0) + " nodes");
      }
    }
    return svg.append("</svg>").toString();
  }

  private static String title(LayerSummary layer) {
    String name = layer.name();
    if (name.startsWith("Conv")) {
      return "convolution " + name.substring(name.lastIndexOf(' ') + 1).replace("x", " × ");
    }
    if (name.startsWith("MaxPool") || name.startsWith("AvgPool")) {
      return (name.startsWith("Max") ? "max" : "average") + " pooling";
    }
    return "dense" + (layer.activation().isEmpty() ? "" : ", " + layer.activation());
  }

  private static void maps(StringBuilder svg, int x, int side, String fill) {
    for (int i = 4; i >= 0; i--) {
      svg.append(
          "<rect x='%d' y='%d' width='%d' height='%d' fill='%s' stroke='#4b5563'/>"
              .formatted(x + 6 * i, MID - side / 2 - 6 * i, side, side, fill));
    }
  }

  private static void caption(StringBuilder svg, int x, String first, String second) {
    svg.append(
        "<text x='%d' y='%d' text-anchor='middle' font-size='13' fill='#1d2530'>%s</text>"
            .formatted(x, HEIGHT - 28, first));
    svg.append(
        "<text x='%d' y='%d' text-anchor='middle' font-size='12' fill='#4b5563'>%s</text>"
            .formatted(x, HEIGHT - 10, second));
  }

  private static void arrow(StringBuilder svg, int from, int to) {
    svg.append(
        "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#667' stroke-width='2'/>"
                .formatted(from, MID, to - 4, MID)
            + "<path d='M %d %d L %d %d L %d %d z' fill='#667'/>"
                .formatted(to - 6, MID - 5, to, MID, to - 6, MID + 5));
  }
}
