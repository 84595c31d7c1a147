package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.TrainingDivergedException;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  /** Totals the test sets by hand. */
  private static final class Totals implements BatchTotals {
    long samples;
    double lossSum;
    double accuracy = 0.5;

    void add(int images, double meanLoss) {
      samples += images;
      lossSum += images * meanLoss;
    }

    @Override
    public long samples() {
      return samples;
    }

    @Override
    public double lossSum() {
      return lossSum;
    }

    @Override
    public double accuracy() {
      return accuracy;
    }
  }

  private static ProgressReporter reporter(RecordingSink sink, int batchesPerEpoch) {
    return new ProgressReporter(
        sink, new TrainingStart(2, batchesPerEpoch, batchesPerEpoch * 10, 0, 1), 10, 4, 0);
  }

  @Test
  void aLossThatIsNoLongerANumberStopsTraining() {
    RecordingSink sink = new RecordingSink();
    ProgressReporter progress = reporter(sink, 4);
    Totals totals = new Totals();
    totals.add(10, 2.0);
    progress.afterBatch(totals);
    totals.add(10, Double.NaN);
    assertThatThrownBy(() -> progress.afterBatch(totals))
        .isInstanceOf(TrainingDivergedException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void eachLossPointIsTheMeanOfItsWindowOfBatches() {
    RecordingSink sink = new RecordingSink();
    ProgressReporter progress = reporter(sink, 8); // 4 points per epoch: windows of 2 batches
    Totals totals = new Totals();
    double[] losses = {2.0, 1.0, 0.8, 0.6, 0.5, 0.5, 0.4, 0.2};
    for (double loss : losses) {
      totals.add(10, loss);
      progress.afterBatch(totals);
    }
    assertThat(sink.of(BatchProgress.class).stream().flatMap(p -> p.newLosses().stream()))
        .extracting(LossPoint::step, p -> Math.round(p.loss() * 100) / 100.0)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 1.5),
            org.assertj.core.groups.Tuple.tuple(4L, 0.7),
            org.assertj.core.groups.Tuple.tuple(6L, 0.5),
            org.assertj.core.groups.Tuple.tuple(8L, 0.3));
  }

  @Test
  void aStopRequestStopsAtTheNextBatchWithTheBatchesDoneSoFar() {
    RecordingSink sink = new RecordingSink().stopWhen(s -> s.of(BatchProgress.class).size() >= 3);
    ProgressReporter progress = reporter(sink, 8);
    Totals totals = new Totals();
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 16; i++) {
                totals.add(10, 1.0);
                progress.afterBatch(totals);
              }
            })
        .isInstanceOfSatisfying(
            TrainingStoppedException.class, e -> assertThat(e.batchesTrained()).isEqualTo(4));
  }
}
