package org.fashionlab.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fashionlab.base.Csv;

/**
 * The comparison table as CSV (RFC 4180): a header, then one line per run, every {@link RunColumn}
 * plus the run id. Accuracies and losses keep six decimals; missing values are empty.
 */
public final class RunCsv {

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
    return Csv.line(cells.toList());
  }

  static String cell(RunColumn column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double number && !Double.isFinite(number)) {
      return "";
    }
    if (value instanceof Double number && column.isSetting()) {
      return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double number) {
      return String.format(Locale.ROOT, "%.6f", number);
    }
    if (value instanceof String text) {
      return Csv.text(text);
    }
    return value.toString();
  }
}
