package org.fashionlab.base;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV cells and lines, safe to open in a spreadsheet. */
public final class Csv {

  /** Line end of every CSV Fashion Lab writes. */
  public static final String LINE_END = "\r\n";

  private Csv() {}

  /** One line of cells, each escaped, ended with CRLF. */
  public static String line(List<String> cells) {
    return cells.stream().map(Csv::escape).collect(Collectors.joining(",")) + LINE_END;
  }

  /** Quotes a cell holding a comma, quote or line break, doubling its quotes. */
  public static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }

  /**
   * Text a spreadsheet would run as a formula gets a quote first: starting with =, +, - or @, or
   * with a tab or line break (OWASP's list: some skip those and run the formula after them).
   */
  public static String text(String value) {
    if (!value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
