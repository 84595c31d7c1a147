package org.fashionlab.budget;

import java.util.Locale;

/** Sizes and counts written for people: "6.1 GB", "450 MB", "121 million", "18 billion". */
public final class Quantities {

  private static final double MB = 1024.0 * 1024;
  private static final double GB = 1024 * MB;

  private Quantities() {}

  /** Bytes in MB below a gigabyte, else in GB with one decimal ("2 GB", "6.1 GB"). */
  public static String bytes(long bytes) {
    if (bytes >= GB) {
      return decimal(bytes / GB) + " GB";
    }
    return Math.max(1, Math.round(bytes / MB)) + " MB";
  }

  /** A count in words past a million: "101,770", "1.2 million", "18 billion", "1,300 trillion". */
  public static String count(double value) {
    if (value < 1e6) {
      return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    if (value < 1e9) {
      return decimal(value / 1e6) + " million";
    }
    if (value < 1e12) {
      return decimal(value / 1e9) + " billion";
    }
    return decimal(value / 1e12) + " trillion";
  }

  /** One decimal below 10, none above; no trailing ".0". */
  private static String decimal(double value) {
    if (value >= 10) {
      return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
