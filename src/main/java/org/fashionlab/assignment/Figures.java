package org.fashionlab.assignment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times of assignments as people read them, on pages, in CSV and in reports. */
public final class Figures {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private Figures() {}

  /** 0.8705 as "87.05%"; empty for none. */
  public static String percent(Double fraction) {
    return fraction == null ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
  }

  /** 101770 as "101,770". */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A time as "2026-12-02 14:30" in the server's zone. */
  public static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }
}
