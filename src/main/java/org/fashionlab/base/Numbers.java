package org.fashionlab.base;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers written for people, at their own scale. */
public final class Numbers {

  private static final MathContext DIGITS = new MathContext(3);

  private Numbers() {}

  /**
   * A setting such as a learning rate, with up to 3 significant digits and never rounded to zero:
   * 0.001 as "0.001", 0.0003 as "3e-4", 1e-5 as "1e-5", 0.25 as "0.25", 5 as "5".
   */
  public static String scaled(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : String.valueOf(value);
    }
    BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
    if (Math.abs(value) >= 1e-3) {
      return rounded.toPlainString();
    }
    int exponent = rounded.precision() - rounded.scale() - 1;
    BigDecimal mantissa = rounded.movePointRight(-exponent).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }

  /** A fraction as a percentage without needless digits: 0.2 as "20%", 0.125 as "12.5%". */
  public static String percent(double fraction) {
    return scaled(100 * fraction) + "%";
  }

  /** A whole number with thousands separators: 60000 as "60,000". */
  public static String whole(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
