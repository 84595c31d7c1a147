package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.fashionlab.assignment.Figures;
import org.fashionlab.assignment.SubmissionCsv;
import org.fashionlab.assignment.SubmissionRow;

/** Every submission of an assignment, for its teacher: each run one click away, and as CSV. */
final class SubmissionsPanel extends Div {

  static final String FILE_NAME = "fashion-lab-submissions.csv";

  private final Grid<SubmissionRow> grid = new Grid<>();

  /**
   * @param handIn the assignment whose Lab 5 hand-ins the table links to, or null for none
   */
  SubmissionsPanel(Supplier<List<SubmissionRow>> rows, java.util.UUID handIn) {
    setId("submissions");
    grid.setId("submissions-grid");
    grid.addColumn(SubmissionRow::studentName).setHeader("Student").setAutoWidth(true);
    grid.addComponentColumn(LeaderboardPanel::runLink)
        .setHeader("Run")
        .setKey("run")
        .setAutoWidth(true);
    grid.addColumn(r -> Figures.when(r.submittedAt()) + (r.late() ? " (late)" : ""))
        .setHeader("Submitted")
        .setAutoWidth(true);
    grid.addColumn(SubmissionRow::model).setHeader("Model").setFlexGrow(1);
    grid.addColumn(r -> Figures.percent(r.validationAccuracy())).setHeader("Validation");
    grid.addColumn(r -> Figures.percent(r.testAccuracy())).setHeader("Test");
    grid.addColumn(r -> Boolean.TRUE.equals(r.meetsTarget()) ? "met" : String.join(", ", r.unmet()))
        .setHeader("Target")
        .setAutoWidth(true);
    if (handIn != null) {
      grid.addComponentColumn(
              r ->
                  new Anchor(
                      "assignments/" + handIn + "/hand-in?student=" + r.studentId(), "Hand-in"))
          .setHeader("Lab 5")
          .setKey("hand-in")
          .setAutoWidth(true);
    }
    grid.setAllRowsVisible(true);
    DownloadHandler csv =
        event -> {
          event.setFileName(FILE_NAME);
          event.setContentType("text/csv; charset=utf-8");
          event
              .getOutputStream()
              .write(SubmissionCsv.write(rows.get()).getBytes(StandardCharsets.UTF_8));
        };
    Anchor download = new Anchor(csv, AttachmentType.DOWNLOAD, "");
    download.add(VaadinIcon.DOWNLOAD.create(), new Span(" CSV"));
    download.setId("submissions-csv");
    add(new H3("Submissions"), download, grid);
  }

  void show(List<SubmissionRow> rows) {
    grid.setItems(rows);
  }
}
