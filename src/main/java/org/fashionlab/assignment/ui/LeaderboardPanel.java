package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.Leaderboard;
import org.fashionlab.assignment.LeaderboardRow;
import org.fashionlab.assignment.ReferenceLine;
import org.fashionlab.assignment.SubmissionRow;

/**
 * Each student's best run by validation accuracy, test accuracy beside it where the viewer may see
 * it, and the benchmark's reference lines below (names are text, never HTML).
 */
final class LeaderboardPanel extends Div {

  private final Grid<LeaderboardRow> grid = new Grid<>();
  private final Paragraph rankedBy = new Paragraph();
  private final UnorderedList references = new UnorderedList();

  LeaderboardPanel() {
    setId("leaderboard");
    addClassName("fl-leaderboard");
    grid.setId("leaderboard-grid");
    grid.addColumn(LeaderboardRow::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(r -> r.best().studentName()).setHeader("Student").setAutoWidth(true);
    grid.addComponentColumn(r -> runLink(r.best())).setHeader("Run").setAutoWidth(true);
    grid.addColumn(r -> r.best().model()).setHeader("Model").setAutoWidth(true);
    grid.addColumn(r -> Figures.count(r.best().parameters())).setHeader("Parameters");
    grid.addColumn(r -> Figures.percent(r.best().validationAccuracy()))
        .setHeader("Validation accuracy")
        .setAutoWidth(true);
    grid.addColumn(r -> r.best().testShown() ? Figures.percent(r.best().testAccuracy()) : "locked")
        .setHeader("Test accuracy")
        .setAutoWidth(true);
    grid.addColumn(LeaderboardPanel::verdict).setHeader("Target").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    references.setId("reference-lines");
    add(new H3("Leaderboard"), rankedBy, grid, new Span("From outside the class:"), references);
  }

  void show(Leaderboard board) {
    rankedBy.setText(
        board.rows().isEmpty() ? "No submissions yet." : "Ranked by " + board.rankedBy() + ".");
    grid.setItems(board.rows());
    references.removeAll();
    for (ReferenceLine line : board.references()) {
      String value =
          line.low() == line.high()
              ? Figures.percent(line.low())
              : Figures.percent(line.low()) + " to " + Figures.percent(line.high());
      references.add(new ListItem(line.label() + ": " + value));
    }
    if (!board.references().isEmpty()) {
      references.add(new ListItem("Source: " + board.references().get(0).source()));
    }
  }

  static Anchor runLink(SubmissionRow row) {
    Anchor link = new Anchor("runs/" + row.runId(), row.runName());
    link.addClassName("fl-run-link");
    return link;
  }

  static String verdict(LeaderboardRow row) {
    Boolean meets = row.best().meetsTarget();
    if (meets == null) {
      return "after the due date";
    }
    return meets ? "met" : "missed: " + String.join(", ", row.best().unmet());
  }
}
