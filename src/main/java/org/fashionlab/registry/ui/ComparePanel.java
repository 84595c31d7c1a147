package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.fashionlab.base.ui.ConfusionMatrixChart;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.registry.RunDetails;

/** Two to six runs side by side: their learning curves overlaid, their confusion matrices. */
final class ComparePanel extends Composite<VerticalLayout> {

  static final int MIN = 2;
  static final int MAX = 6;

  private final Span hint = new Span();
  private final CurvesChart curves = new CurvesChart();
  private final Div matrices = new Div();

  ComparePanel() {
    hint.setId("compare-hint");
    hint.addClassName("fl-hint");
    matrices.setId("compare-matrices");
    matrices.addClassName("fl-matrix-row");
    getContent().setPadding(false);
    getContent().setId("compare");
    getContent().add(new H3("Side by side"), hint, curves, matrices);
    show(0, List.of());
  }

  /**
   * Shows the runs when 2 to 6 are selected, otherwise says how many to select.
   *
   * @param runs the selected runs' details, empty unless 2 to 6 are selected
   */
  void show(int selected, List<RunDetails> runs) {
    boolean comparable = selected >= MIN && selected <= MAX && !runs.isEmpty();
    hint.setText(
        selected > MAX
            ? "Select at most " + MAX + " runs to compare (" + selected + " selected)."
            : "Select "
                + MIN
                + " to "
                + MAX
                + " runs in the table to compare their curves and"
                + " confusion matrices.");
    hint.setVisible(!comparable);
    curves.setVisible(comparable);
    matrices.setVisible(comparable);
    matrices.removeAll();
    if (!comparable) {
      return;
    }
    curves.show(runs);
    for (RunDetails run : runs) {
      if (run.confusion() == null) {
        Div none =
            new Div(
                new Span(
                    run.summary().name()
                        + (run.summary().isTestLocked()
                            ? ": " + run.summary().testLockReason()
                            : ": no test results yet")));
        none.addClassName("fl-no-matrix");
        matrices.add(none);
      } else {
        ConfusionMatrixChart chart = new ConfusionMatrixChart(FashionClass.labels(), true);
        chart.show(run.summary().name(), run.confusion());
        matrices.add(chart);
      }
    }
  }

  int matrixCount() {
    return (int) matrices.getChildren().filter(c -> c instanceof ConfusionMatrixChart).count();
  }
}
