package org.fashionlab.learn.ui;

import static org.fashionlab.learn.ui.BackpropPanel.f;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.fashionlab.learn.BackpropExample.Step;
import org.fashionlab.learn.TinyNetwork;

/** The numbers of one backpropagation step, written out line by line. */
final class BackpropTables {

  private BackpropTables() {}

  static Div line(String text) {
    Div line = new Div(new Span(text));
    line.addClassName("fl-readout");
    return line;
  }

  static Div forward(Step s) {
    TinyNetwork n = s.network();
    Div lines = new Div();
    for (int j = 0; j < 2; j++) {
      lines.add(
          line(
              "z%d = w%d1·x1 + w%d2·x2 + b%d = %s·%s + %s·%s + %s = %s,   h%d = σ(z%d) = %s"
                  .formatted(
                      j + 1,
                      j + 1,
                      j + 1,
                      j + 1,
                      f(n.w()[j][0]),
                      f(s.x()[0]),
                      f(n.w()[j][1]),
                      f(s.x()[1]),
                      f(n.b()[j]),
                      f(s.z()[j]),
                      j + 1,
                      j + 1,
                      f(s.h()[j]))));
    }
    lines.add(
        line(
            "z = v1·h1 + v2·h2 + c = %s·%s + %s·%s + %s = %s,   ŷ = σ(z) = %s"
                .formatted(
                    f(n.v()[0]),
                    f(s.h()[0]),
                    f(n.v()[1]),
                    f(s.h()[1]),
                    f(n.c()),
                    f(s.zOut()),
                    f(s.output()))));
    return lines;
  }

  static Div deltas(Step s) {
    Div lines = new Div();
    lines.add(
        line(
            "δ = ∂L/∂z = (ŷ − y) · ŷ(1 − ŷ) = %s · %s = %s"
                .formatted(
                    f(s.output() - s.y()), f(s.output() * (1 - s.output())), f(s.deltaOut()))));
    for (int j = 0; j < 2; j++) {
      lines.add(
          line(
              "δ%d = ∂L/∂z%d = δ · v%d · h%d(1 − h%d) = %s · %s · %s = %s"
                  .formatted(
                      j + 1,
                      j + 1,
                      j + 1,
                      j + 1,
                      j + 1,
                      f(s.deltaOut()),
                      f(s.network().v()[j]),
                      f(s.h()[j] * (1 - s.h()[j])),
                      f(s.deltaHidden()[j]))));
    }
    lines.add(line("∂L/∂v_j = δ · h_j,  ∂L/∂c = δ,  ∂L/∂w_ji = δ_j · x_i,  ∂L/∂b_j = δ_j"));
    return lines;
  }

  static Div update(Step s) {
    Div table = new Div();
    table.setId("backprop-update");
    table.addClassName("fl-update-table");
    table.add(row("parameter", "before", "gradient ∂L/∂p", "after p − η·∂L/∂p"));
    double[] before = s.network().parameters();
    double[] after = s.updated().parameters();
    for (int k = 0; k < before.length; k++) {
      Div row = row(TinyNetwork.NAMES.get(k), f(before[k]), f(s.gradients()[k]), f(after[k]));
      row.setId("backprop-" + TinyNetwork.NAMES.get(k));
      table.add(row);
    }
    return table;
  }

  private static Div row(String... cells) {
    Div row = new Div();
    row.addClassName("fl-update-row");
    for (String cell : cells) {
      row.add(new Span(cell));
    }
    return row;
  }
}
