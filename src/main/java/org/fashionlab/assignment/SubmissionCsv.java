package org.fashionlab.assignment;

import java.util.List;
import org.fashionlab.base.Csv;

/** The teacher's submissions table as CSV, every text cell safe to open in a spreadsheet. */
public final class SubmissionCsv {

  static final List<String> HEADER =
      List.of(
          "student",
          "run",
          "run id",
          "submitted",
          "late",
          "model",
          "parameters",
          "epochs",
          "validation accuracy",
          "test accuracy",
          "meets target",
          "missing");

  private SubmissionCsv() {}

  public static String write(List<SubmissionRow> rows) {
    StringBuilder csv = new StringBuilder(Csv.line(HEADER));
    for (SubmissionRow r : rows) {
      csv.append(
          Csv.line(
              List.of(
                  Csv.text(r.studentName()),
                  Csv.text(r.runName()),
                  r.runId().toString(),
                  Figures.when(r.submittedAt()),
                  r.late() ? "late" : "",
                  Csv.text(r.model()),
                  Long.toString(r.parameters()),
                  Integer.toString(r.epochs()),
                  number(r.validationAccuracy()),
                  number(r.testAccuracy()),
                  r.meetsTarget() == null ? "" : r.meetsTarget() ? "yes" : "no",
                  Csv.text(String.join("; ", r.unmet())))));
    }
    return csv.toString();
  }

  private static String number(Double value) {
    return value == null ? "" : Double.toString(value);
  }
}
