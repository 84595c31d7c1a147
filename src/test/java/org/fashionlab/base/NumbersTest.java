package org.fashionlab.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void settingsReadAtTheirOwnScaleAndSmallOnesNeverBecomeZero() {
    assertThat(Numbers.scaled(0.001)).isEqualTo("0.001");
    assertThat(Numbers.scaled(1e-5)).isEqualTo("1e-5");
    assertThat(Numbers.scaled(0.0003)).isEqualTo("3e-4");
    assertThat(Numbers.scaled(2.5e-5)).isEqualTo("2.5e-5");
    assertThat(Numbers.scaled(0.01)).isEqualTo("0.01");
    assertThat(Numbers.scaled(0.25)).isEqualTo("0.25");
    assertThat(Numbers.scaled(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Numbers.scaled(5)).isEqualTo("5");
    assertThat(Numbers.scaled(0)).isEqualTo("0");
  }

  @Test
  void sharesReadAsPercentagesAndCountsWithThousandsSeparators() {
    assertThat(Numbers.percent(0.2)).isEqualTo("20%");
    assertThat(Numbers.percent(0.125)).isEqualTo("12.5%");
    assertThat(Numbers.whole(60_000)).isEqualTo("60,000");
  }
}
