package org.fashionlab.learn.ui;

/** An SVG of a small-drawn 784-128-10 MLP: a few nodes per layer, the rest elided. */
final class MlpSvg {

  private static final int WIDTH = 580;
  private static final int HEIGHT = 300;
  private static final int[] X = {80, 290, 490};
  private static final String[][] NODES = {
    {"x₁", "x₂", "x₃", "⋮", "x₇₈₄"},
    {"h₁", "h₂", "⋮", "h₁₂₈"},
    {"ŷ₁", "ŷ₂", "⋮", "ŷ₁₀"}
  };
  private static final String[] TITLES = {
    "Input layer (784)", "Hidden layer (128, ReLU)", "Output layer (10, softmax)"
  };

  private MlpSvg() {}

  static String draw() {
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d'>"
            .formatted(WIDTH, HEIGHT, WIDTH, HEIGHT));
    for (int layer = 0; layer < 2; layer++) {
      for (int a = 0; a < NODES[layer].length; a++) {
        for (int b = 0; b < NODES[layer + 1].length; b++) {
          if (!isGap(layer, a) && !isGap(layer + 1, b)) {
            svg.append(
                "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#c9ced6'/>"
                    .formatted(X[layer], y(layer, a), X[layer + 1], y(layer + 1, b)));
          }
        }
      }
    }
    for (int layer = 0; layer < 3; layer++) {
      svg.append(
          "<text x='%d' y='22' text-anchor='middle' font-size='13' fill='#1d2530'>%s</text>"
              .formatted(X[layer], TITLES[layer]));
      for (int n = 0; n < NODES[layer].length; n++) {
        svg.append(node(layer, n));
      }
    }
    return svg.append("</svg>").toString();
  }

  private static boolean isGap(int layer, int n) {
    return NODES[layer][n].equals("⋮");
  }

  private static int y(int layer, int n) {
    int count = NODES[layer].length;
    return 60 + (HEIGHT - 90) * n / (count - 1);
  }

  private static String node(int layer, int n) {
    String label = NODES[layer][n];
    if (isGap(layer, n)) {
      return "<text x='%d' y='%d' text-anchor='middle' font-size='20'>⋮</text>"
          .formatted(X[layer], y(layer, n) + 6);
    }
    String fill = layer == 0 ? "#eef0f3" : layer == 1 ? "#dbe9ff" : "#d7f5df";
    return ("<circle cx='%d' cy='%d' r='17' fill='%s' stroke='#4b5563'/>"
            + "<text x='%d' y='%d' text-anchor='middle' font-size='13'>%s</text>")
        .formatted(X[layer], y(layer, n), fill, X[layer], y(layer, n) + 5, label);
  }
}
