package org.fashionlab.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldOutTest {

  @Test
  void splitIsDisjointAndCoversEveryIndex() {
    HoldOut split = HoldOut.of(1_000, 0.2, 42);
    assertThat(split.validation()).hasSize(200);
    assertThat(split.training()).hasSize(800);
    Set<Integer> all = new HashSet<>();
    IntStream.of(split.training()).forEach(all::add);
    IntStream.of(split.validation()).forEach(i -> assertThat(all.add(i)).isTrue());
    assertThat(all).hasSize(1_000);
  }

  @Test
  void sameSeedGivesSameSplitAndOtherSeedAnother() {
    assertThat(HoldOut.of(500, 0.3, 1).validation())
        .isEqualTo(HoldOut.of(500, 0.3, 1).validation());
    assertThat(
            Arrays.equals(
                HoldOut.of(500, 0.3, 1).validation(), HoldOut.of(500, 0.3, 2).validation()))
        .isFalse();
  }

  @Test
  void validationIsSpreadOverTheDataNotTheFirstRows() {
    int[] validation = HoldOut.of(10_000, 0.1, 3).validation();
    assertThat(validation[validation.length - 1]).isGreaterThan(9_000);
    assertThat(validation[0]).isLessThan(1_000);
  }

  @Test
  void zeroFractionHoldsNothingOut() {
    assertThat(HoldOut.of(10, 0, 1).validation()).isEmpty();
    assertThat(HoldOut.of(10, 0, 1).training()).hasSize(10);
  }

  @Test
  void refusesFractionOfOne() {
    assertThatThrownBy(() -> HoldOut.of(10, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kFoldsAreDisjointCoverTheDataAndLeaveTheRestForTraining() {
    int k = 5;
    Set<Integer> heldOut = new HashSet<>();
    int total = 0;
    for (int fold = 0; fold < k; fold++) {
      HoldOut split = HoldOut.fold(1_003, k, fold, 9);
      assertThat(split.validation().length).isBetween(200, 201);
      assertThat(split.training().length + split.validation().length).isEqualTo(1_003);
      IntStream.of(split.validation()).forEach(i -> assertThat(heldOut.add(i)).isTrue());
      Set<Integer> training = new HashSet<>();
      IntStream.of(split.training()).forEach(training::add);
      IntStream.of(split.validation()).forEach(i -> assertThat(training).doesNotContain(i));
      total += split.validation().length;
    }
    assertThat(total).isEqualTo(1_003);
    assertThat(heldOut).hasSize(1_003);
  }

  @Test
  void foldsAreReproducibleAndRefuseBadArguments() {
    assertThat(HoldOut.fold(100, 3, 1, 4).validation())
        .isEqualTo(HoldOut.fold(100, 3, 1, 4).validation());
    assertThatThrownBy(() -> HoldOut.fold(100, 1, 0, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HoldOut.fold(100, 3, 3, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
