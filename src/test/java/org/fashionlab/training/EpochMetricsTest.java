package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EpochMetricsTest {

  private static EpochMetrics epoch(int epoch, float validationLoss) {
    return new EpochMetrics(epoch, 0.5f, 0.8f, validationLoss, 0.8f, 1);
  }

  @Test
  void theBestEpochHasTheLowestValidationLoss() {
    List<EpochMetrics> history =
        List.of(epoch(1, 0.6f), epoch(2, 0.4f), epoch(3, 0.35f), epoch(4, 0.38f), epoch(5, 0.41f));
    assertThat(EpochMetrics.bestEpoch(history)).hasValue(3);
  }

  @Test
  void theEarliestOfEqualLossesIsBestAndUnvalidatedEpochsHaveNone() {
    assertThat(EpochMetrics.bestEpoch(List.of(epoch(1, 0.5f), epoch(2, 0.3f), epoch(3, 0.3f))))
        .hasValue(2);
    assertThat(EpochMetrics.bestEpoch(List.of(epoch(1, Float.NaN), epoch(2, Float.NaN)))).isEmpty();
    assertThat(EpochMetrics.bestEpoch(List.of())).isEmpty();
  }
}
