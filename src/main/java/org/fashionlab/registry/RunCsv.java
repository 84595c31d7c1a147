package org.fashionlab.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The comparison table as CSV (RFC 4180): a header, then one line per run, every {@link RunColumn}
 * plus the run id. Accuracies and losses keep six decimals; missing values are empty.
 */
public final class RunCsv {

  private static final String LINE_END = "\r\n";

  private RunCsv() {}

  public static String write(List<RunSummary> runs) {
    StringBuilder csv = new StringBuilder();
    csv.append(
        line(
            Stream.concat(Stream.of("id"), Stream.of(RunColumn.values()).map(RunColumn::csvName))));
    for (RunSummary run : runs) {
      csv.append(
          line(
              Stream.concat(
                  Stream.of(run.id().toString()),
                  Stream.of(RunColumn.values()).map(column -> cell(column, column.value(run))))));
    }
    return csv.toString();
  }

  private static String line(Stream<String> cells) {
    return cells.map(RunCsv::escape).collect(Collectors.joining(",")) + LINE_END;
  }

  static String cell(RunColumn column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double number && !Double.isFinite(number)) {
      return "";
    }
    if (value instanceof Double number && column == RunColumn.LEARNING_RATE) {
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double number) {
      return String.format(Locale.ROOT, "%.6f", number);
    }
    if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      // A spreadsheet would run a cell starting with one of these as a formula.
      return "'" + text;
    }
    return value.toString();
  }

  /** Quotes a cell holding a comma, quote or line break, doubling its quotes. */
  static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
