package org.fashionlab.training.ui;

import java.util.List;
import java.util.Locale;
import org.fashionlab.model.LayerSummary;
import org.fashionlab.model.NetworkSummary;

/** Draws a network summary as an SVG: the input, then one box per layer, top to bottom. */
final class NetworkSvg {

  static final int WIDTH = 420;
  private static final int BOX_HEIGHT = 40;
  private static final int GAP = 16;
  private static final int MARGIN = 4;

  private NetworkSvg() {}

  static String draw(NetworkSummary summary) {
    List<LayerSummary> layers = summary.layers();
    int height = MARGIN * 2 + (layers.size() + 1) * (BOX_HEIGHT + GAP) - GAP;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns='http://www.w3.org/2000/svg' class='fl-network-svg' width='%d' height='%d'"
                + " viewBox='0 0 %d %d' role='img' aria-label='Network diagram'>",
            WIDTH,
            height,
            WIDTH,
            height));
    svg.append(
        "<defs><marker id='fl-arrow' viewBox='0 0 10 10' refX='5' refY='5' markerWidth='6'"
            + " markerHeight='6' orient='auto-start-reverse'><path d='M 0 0 L 10 5 L 0 10 z'"
            + " fill='#667'/></marker></defs>");
    int y = MARGIN;
    box(svg, y, "input", "Input image", "", "28x28x1", "");
    for (LayerSummary layer : layers) {
      arrow(svg, y + BOX_HEIGHT, y + BOX_HEIGHT + GAP);
      y += BOX_HEIGHT + GAP;
      box(
          svg,
          y,
          kind(layer.name()),
          layer.name(),
          layer.activation(),
          layer.shapeText(),
          layer.parameters() == 0
              ? "no parameters"
              : String.format("%,d parameters", layer.parameters()));
    }
    return svg.append("</svg>").toString();
  }

  private static void box(
      StringBuilder svg,
      int y,
      String kind,
      String name,
      String activation,
      String shape,
      String parameters) {
    String title = activation.isEmpty() ? name : name + " · " + activation;
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class='fl-layer fl-layer-%s'><rect x='%d' y='%d' width='%d' height='%d' rx='6'/>"
                + "<text class='fl-layer-name' x='%d' y='%d'>%s</text>"
                + "<text class='fl-layer-params' x='%d' y='%d'>%s</text>"
                + "<text class='fl-layer-shape' x='%d' y='%d' text-anchor='end'>%s</text></g>",
            kind,
            MARGIN,
            y,
            WIDTH - 2 * MARGIN,
            BOX_HEIGHT,
            MARGIN + 10,
            y + 17,
            escape(title),
            MARGIN + 10,
            y + 33,
            escape(parameters),
            WIDTH - MARGIN - 10,
            y + 25,
            escape(shape)));
  }

  private static void arrow(StringBuilder svg, int from, int to) {
    int x = WIDTH / 2;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#667' stroke-width='1.5'"
                + " marker-end='url(#fl-arrow)'/>",
            x,
            from + 1,
            x,
            to - 3));
  }

  /** The colour class of a layer, from the first word of its name. */
  private static String kind(String name) {
    String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
    return switch (first) {
      case "dense", "conv2d", "flatten", "dropout", "batchnorm", "maxpool", "avgpool" -> first;
      default -> "other";
    };
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
