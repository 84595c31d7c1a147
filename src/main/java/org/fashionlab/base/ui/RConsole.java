package org.fashionlab.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * R commands with what R prints for them, the way the course sheet shows them, so a student can
 * match the app's numbers with the notebook's. The numbers come from the caller; this class only
 * lays them out as R's print() does.
 */
public class RConsole extends Div {

  public RConsole(String id) {
    setId(id);
    addClassName("fl-r-console");
  }

  /** One command and its output lines (none for an assignment); {@code note} is an R comment. */
  public RConsole command(String command, String note, List<String> output) {
    Pre entry = new Pre();
    StringBuilder text = new StringBuilder("> ").append(command);
    if (note != null && !note.isBlank()) {
      text.append("   # ").append(note);
    }
    output.forEach(line -> text.append('\n').append(line));
    entry.setText(text.toString());
    entry.addClassName("fl-r-entry");
    add(entry);
    return this;
  }

  /** The whole transcript as text, for tests. */
  public String transcript() {
    return getChildren().map(c -> ((Pre) c).getText()).collect(Collectors.joining("\n"));
  }

  /** An integer vector: {@code [1] 60000 28 28} (every number as wide as the widest). */
  public static List<String> integers(long... values) {
    int width = Arrays.stream(values).mapToInt(v -> Long.toString(v).length()).max().orElse(1);
    return List.of(
        "[1] "
            + Arrays.stream(values)
                .mapToObj(v -> pad(Long.toString(v), width))
                .collect(Collectors.joining(" ")));
  }

  /** A character vector: {@code [1] "matrix" "array"}. */
  public static List<String> strings(String... values) {
    return List.of(
        "[1] " + Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(" ")));
  }

  /**
   * A numeric vector in scientific notation with seven significant digits, five to a line with the
   * index of each line's first element, as R prints a vector of probabilities.
   */
  public static List<String> scientific(double... values) {
    List<String> lines = new ArrayList<>();
    int labelWidth = ("[" + values.length + "]").length();
    for (int from = 0; from < values.length; from += 5) {
      StringBuilder line = new StringBuilder(pad("[" + (from + 1) + "]", labelWidth));
      for (int i = from; i < Math.min(values.length, from + 5); i++) {
        line.append(' ').append(String.format(Locale.ROOT, "%.6e", values[i]));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** A matrix of integers with R's [,j] column and [i,] row labels, right-aligned. */
  public static List<String> matrix(int[][] rows) {
    int columns = rows.length == 0 ? 0 : rows[0].length;
    int[] widths = new int[columns];
    for (int j = 0; j < columns; j++) {
      widths[j] = ("[," + (j + 1) + "]").length();
      for (int[] row : rows) {
        widths[j] = Math.max(widths[j], Integer.toString(row[j]).length());
      }
    }
    int labelWidth = ("[" + rows.length + ",]").length();
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder(" ".repeat(labelWidth));
    for (int j = 0; j < columns; j++) {
      header.append(' ').append(pad("[," + (j + 1) + "]", widths[j]));
    }
    lines.add(header.toString());
    for (int i = 0; i < rows.length; i++) {
      StringBuilder line = new StringBuilder(pad("[" + (i + 1) + ",]", labelWidth));
      for (int j = 0; j < columns; j++) {
        line.append(' ').append(pad(Integer.toString(rows[i][j]), widths[j]));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
