package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.fashionlab.assignment.ClassLeaderboard;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.Leaderboard;
import org.fashionlab.assignment.LeaderboardRow;
import org.fashionlab.assignment.ReferenceLine;
import org.fashionlab.assignment.SubmissionRow;

/**
 * Each student's best run by validation accuracy, test accuracy beside it where the viewer may see
 * it with the gap between the two (who overfit the validation set), a chart of the same against the
 * benchmark's reference lines, and those lines listed with their source (names are text, never
 * HTML). A class leaderboard adds the assignment each run was submitted to.
 */
final class LeaderboardPanel extends Div {

  private final Grid<LeaderboardRow> grid = new Grid<>();
  private final Paragraph rankedBy = new Paragraph();
  private final UnorderedList references = new UnorderedList();
  private final LeaderboardChart chart = new LeaderboardChart();
  private final Grid.Column<LeaderboardRow> assignmentColumn;

  LeaderboardPanel() {
    setId("leaderboard");
    addClassName("fl-leaderboard");
    grid.setId("leaderboard-grid");
    grid.addColumn(LeaderboardRow::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(r -> r.best().studentName()).setHeader("Student").setAutoWidth(true);
    grid.addComponentColumn(r -> runLink(r.best())).setHeader("Run").setAutoWidth(true);
    // Long texts get a share of the width and show whole in their tooltip: the grid fits a laptop.
    grid.addColumn(r -> r.best().model())
        .setHeader("Model")
        .setWidth("11em")
        .setFlexGrow(2)
        .setTooltipGenerator(r -> r.best().model());
    grid.addColumn(r -> Figures.count(r.best().parameters()))
        .setHeader("Parameters")
        .setAutoWidth(true);
    grid.addColumn(r -> Figures.percent(r.best().validationAccuracy()))
        .setHeader("Validation")
        .setAutoWidth(true);
    grid.addColumn(r -> r.best().testShown() ? Figures.percent(r.best().testAccuracy()) : "locked")
        .setHeader("Test")
        .setAutoWidth(true);
    grid.addColumn(LeaderboardPanel::gap)
        .setHeader("Val. − test")
        .setTooltipGenerator(
            r ->
                "validation less test accuracy: a large gap, a model chosen to fit the validation"
                    + " images")
        .setAutoWidth(true);
    grid.addColumn(LeaderboardPanel::verdict)
        .setHeader("Target")
        .setWidth("8em")
        .setFlexGrow(1)
        .setTooltipGenerator(LeaderboardPanel::verdict);
    assignmentColumn =
        grid.addComponentColumn(LeaderboardPanel::assignmentLink)
            .setKey("assignment")
            .setHeader("Assignment")
            .setWidth("10em")
            .setFlexGrow(1)
            .setTooltipGenerator(LeaderboardRow::assignmentTitle);
    assignmentColumn.setVisible(false);
    grid.setAllRowsVisible(true);
    references.setId("reference-lines");
    add(
        new H3("Leaderboard"),
        rankedBy,
        grid,
        chart,
        new Span("From outside the class:"),
        references);
  }

  void show(Leaderboard board) {
    show(board.rows(), board.rankedBy(), board.references(), false);
  }

  void show(ClassLeaderboard board) {
    show(board.rows(), board.rankedBy(), board.references(), true);
  }

  private void show(
      List<LeaderboardRow> rows,
      String ranking,
      List<ReferenceLine> lines,
      boolean withAssignment) {
    rankedBy.setText(rows.isEmpty() ? "No submissions yet." : "Ranked by " + ranking + ".");
    assignmentColumn.setVisible(withAssignment);
    grid.setItems(rows);
    chart.show(rows, lines);
    references.removeAll();
    for (ReferenceLine line : lines) {
      String value =
          line.low() == line.high()
              ? Figures.percent(line.low())
              : Figures.percent(line.low()) + " to " + Figures.percent(line.high());
      references.add(new ListItem(line.label() + ": " + value));
    }
    if (!lines.isEmpty()) {
      references.add(new ListItem("Source: " + lines.get(0).source()));
    }
  }

  static Anchor runLink(SubmissionRow row) {
    Anchor link = new Anchor("runs/" + row.runId(), row.runName());
    link.addClassName("fl-run-link");
    return link;
  }

  static Anchor assignmentLink(LeaderboardRow row) {
    return new Anchor("assignments/" + row.assignmentId(), row.assignmentTitle());
  }

  /** Validation less test accuracy, in points, where both are shown; blank otherwise. */
  static String gap(LeaderboardRow row) {
    SubmissionRow best = row.best();
    if (!best.testShown() || best.testAccuracy() == null || best.validationAccuracy() == null) {
      return "";
    }
    double points = (best.validationAccuracy() - best.testAccuracy()) * 100;
    return String.format(Locale.ROOT, "%+.1f pts", points);
  }

  static String verdict(LeaderboardRow row) {
    Boolean meets = row.best().meetsTarget();
    if (meets == null) {
      return "after the due date";
    }
    return meets ? "met" : "missed: " + String.join(", ", row.best().unmet());
  }
}
