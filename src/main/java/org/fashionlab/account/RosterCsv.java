package org.fashionlab.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a class roster: one student per line, {@code username,display name}; a header line is
 * optional, blank lines are skipped, a field may be quoted ("Smith, Ana"). Every bad line is
 * reported with its number; a roster with any bad line is refused whole.
 */
final class RosterCsv {

  /** One good line of the roster. */
  record Entry(int line, String username, String displayName) {}

  static final int MAX_STUDENTS = 500;

  private RosterCsv() {}

  static List<Entry> parse(String text, AccountRules rules) {
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String raw = lines[i];
      if (raw.isBlank() || (entries.isEmpty() && problems.isEmpty() && isHeader(raw))) {
        continue;
      }
      List<String> fields = fields(raw);
      if (fields == null || fields.size() != 2) {
        problems.add(
            "Line "
                + number
                + ": expected two fields, username and display name, separated by a comma.");
        continue;
      }
      try {
        String username = rules.username(fields.get(0));
        String displayName = rules.displayName(fields.get(1));
        Integer earlier = seen.putIfAbsent(AccountRules.key(username), number);
        if (earlier != null) {
          problems.add(
              "Line "
                  + number
                  + ": the username \""
                  + username
                  + "\" is already on line "
                  + earlier
                  + ".");
          continue;
        }
        entries.add(new Entry(number, username, displayName));
      } catch (AccountRefusedException e) {
        problems.add("Line " + number + ": " + lowerFirst(e.getMessage()));
      }
    }
    if (entries.size() > MAX_STUDENTS) {
      problems.add(
          "A roster has at most "
              + MAX_STUDENTS
              + " students; this one has "
              + entries.size()
              + ".");
    }
    if (entries.isEmpty() && problems.isEmpty()) {
      problems.add("The file has no students: one line per student, username,display name.");
    }
    if (!problems.isEmpty()) {
      throw new RosterRefusedException(problems);
    }
    return entries;
  }

  private static boolean isHeader(String line) {
    List<String> fields = fields(line);
    return fields != null
        && !fields.isEmpty()
        && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("username");
  }

  /** The comma-separated fields of one line, honouring double quotes; null when a quote is open. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString());
    return fields;
  }

  private static String lowerFirst(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
