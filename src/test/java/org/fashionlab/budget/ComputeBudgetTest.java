package org.fashionlab.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.model.Presets;
import org.fashionlab.model.SpecViolation;
import org.junit.jupiter.api.Test;

class ComputeBudgetTest {

  private final ComputeBudgets budgets = new ComputeBudgets(BudgetProperties.defaults());
  private final long limit = BudgetProperties.defaults().maxTrainingMemory().toBytes();

  @Test
  void theCoursePresetsAndAStrongCnnFitEasily() {
    for (ModelSpec spec :
        List.of(
            Presets.COURSE_MLP,
            Presets.COURSE_CNN,
            Presets.THREE_LAYER_MLP,
            Presets.STRONG_CNN,
            BudgetSpecs.strongCnn())) {
      ComputeBudget budget = budgets.estimate(spec);
      assertThat(budgets.violations(spec)).as(spec.name()).isEmpty();
      assertThat(budget.peakBytes()).as(spec.name()).isLessThan(limit / 4);
    }
  }

  @Test
  void theHugeMlpIsRefusedWithItsFigureTheLimitAndWhatToReduce() {
    List<SpecViolation> refused = budgets.violations(BudgetSpecs.hugeMlp());

    assertThat(refused).extracting(SpecViolation::field).containsOnly(ComputeBudgets.FIELD);
    assertThat(refused)
        .extracting(SpecViolation::message)
        .containsExactly(
            "This network has 121 million parameters (limit 25 million): use fewer or smaller"
                + " hidden layers.",
            "This network needs about 3.2 GB while training (limit 2 GB): use fewer or smaller"
                + " hidden layers, or a smaller batch size.",
            "One epoch needs about 22 trillion multiply-adds (limit 5 trillion): use smaller"
                + " layers or train on fewer images.");
  }

  @Test
  void theHugeCnnIsRefusedOnParametersMemoryAndWork() {
    ModelSpec huge = BudgetSpecs.hugeCnn();
    ComputeBudget budget = budgets.estimate(huge);
    assertThat(budget.parameters()).isEqualTo(NetworkSummary.of(huge.network()).totalParameters());
    assertThat(budget.parameters()).isBetween(880_000_000L, 885_000_000L);

    assertThatThrownBy(() -> budgets.require(huge))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("This network has 882 million parameters (limit 25 million)")
        .hasMessageContaining("GB while training (limit 2 GB)")
        .hasMessageContaining("One epoch needs about")
        .hasMessageContaining("trillion multiply-adds (limit 5 trillion)");
  }

  @Test
  void workPerEpochCountsForwardAndBackwardOverTheTrainingImages() {
    ComputeBudget mlp = budgets.estimate(Presets.COURSE_MLP);
    // 784 x 128 + 128 x 10 multiply-adds per image, three passes over 60,000 images.
    assertThat(mlp.multiplyAddsPerImage()).isEqualTo(784 * 128 + 128 * 10);
    assertThat(mlp.multiplyAddsPerEpoch()).isEqualTo(3.0 * 60_000 * (784 * 128 + 128 * 10));
    ComputeBudget cnn = budgets.estimate(Presets.COURSE_CNN);
    // conv 32 3x3 on 26 x 26 outputs, then dense 5408 -> 128 -> 10; 48,000 trained, 12,000
    // validated
    long perImage = 32L * 9 * 26 * 26 + 5408L * 128 + 128 * 10;
    assertThat(cnn.multiplyAddsPerImage()).isEqualTo(perImage);
    assertThat(cnn.multiplyAddsPerEpoch()).isEqualTo((3.0 * 48_000 + 12_000) * perImage);
  }

  @Test
  void largerBatchesNeedMoreMemoryAndAdamMoreThanSgd() {
    ModelSpec cnn = Presets.COURSE_CNN;
    long at32 = budgets.estimate(cnn).peakBytes();
    long at1024 =
        budgets.estimate(cnn.withTraining(cnn.training().withBatchSize(1024))).peakBytes();
    assertThat(at1024).isGreaterThan(at32 * 2);
    ModelSpec mlp = Presets.THREE_LAYER_MLP;
    long adam = budgets.estimate(mlp).parameterBytes();
    long sgd =
        budgets
            .estimate(
                mlp.withTraining(
                    mlp.training().withOptimizer(org.fashionlab.model.OptimizerKind.SGD)))
            .parameterBytes();
    assertThat(adam).isGreaterThan(sgd);
  }

  @Test
  void theLineShowsParametersMemoryOfTheLimitAndWork() {
    assertThat(budgets.describe(budgets.estimate(Presets.COURSE_MLP)))
        .isEqualTo(
            "101,770 parameters · about 52 MB of 2 GB memory while training · 18 billion"
                + " multiply-adds per epoch");
  }

  @Test
  void quantitiesAreWrittenForPeople() {
    assertThat(Quantities.bytes(3L << 20)).isEqualTo("3 MB");
    assertThat(Quantities.bytes(2L << 30)).isEqualTo("2 GB");
    assertThat(Quantities.bytes((long) (6.1 * (1L << 30)))).isEqualTo("6.1 GB");
    assertThat(Quantities.count(101_770)).isEqualTo("101,770");
    assertThat(Quantities.count(1_250_000)).isEqualTo("1.3 million");
    assertThat(Quantities.count(18.3e9)).isEqualTo("18 billion");
    assertThat(Quantities.count(1.3e15)).isEqualTo("1,300 trillion");
  }

  @Test
  void anInvalidSpecHasNoBudgetViolationsItsFieldProblemsComeFirst() {
    ModelSpec bad = Presets.COURSE_MLP.withTraining(Presets.COURSE_MLP.training().withBatchSize(0));
    assertThat(budgets.violations(bad)).isEmpty();
  }
}
