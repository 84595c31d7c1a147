package org.fashionlab.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.EpochMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Opening the Train page after a job finished redraws it from the stored run. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class FinishedJobViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private TrainingQueue queue;
  @Autowired private RunService runs;
  @Autowired private DatasetService datasets;

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  @Test
  void aFinishedJobShowsItsResultsAndLabelsEachPredictionRightOrWrong() {
    ModelSpec spec =
        Presets.COURSE_MLP.withTraining(
            Presets.COURSE_MLP.training().withTrainingLimit(1_000).withEpochs(1));
    RunSummary done =
        RegistryFixtures.awaitDone(
            runs, queue.submit(spec, TestAccounts.STUDENT.ensure(context).username).id());
    assertThat(done.status()).isEqualTo(RunStatus.FINISHED);
    RunDetails result = runs.details(done.id()).orElseThrow();

    KaribuPages.open(context, TrainView.class, "train");

    assertThat(_get(Span.class, s -> s.withId("test-accuracy")).getText())
        .isEqualTo(String.format("%.2f%%", 100 * done.testAccuracy()));
    assertThat(_get(Span.class, s -> s.withId("job-status")).getText()).startsWith("Finished in");
    assertThat(_get(TrainingMonitor.class).batchLossPoints()).isPositive();

    List<Span> captions = _find(_get(PredictionGrid.class), Span.class);
    assertThat(captions).hasSize(PredictionGrid.COUNT);
    for (int i = 0; i < captions.size(); i++) {
      int predicted = result.testPredictions()[i];
      int actual = datasets.label(Split.TEST, i);
      Span caption = captions.get(i);
      assertThat(caption.getText())
          .isEqualTo(
              FashionClass.of(predicted).label() + " (" + FashionClass.of(actual).label() + ")");
      assertThat(caption.getStyle().get("color"))
          .isEqualTo(predicted == actual ? PredictionGrid.RIGHT : PredictionGrid.WRONG);
    }
  }

  @Test
  void theEpochChartsMarkTheEpochWithTheLowestValidationLossAndShowAccuracyFrom0To1() {
    ModelSpec spec =
        Presets.COURSE_MLP.withTraining(
            Presets.COURSE_MLP
                .training()
                .withTrainingLimit(600)
                .withEpochs(3)
                .withValidationSplit(0.2));
    RunSummary done =
        RegistryFixtures.awaitDone(
            runs, queue.submit(spec, TestAccounts.STUDENT.ensure(context).username).id());
    List<EpochMetrics> epochs = runs.details(done.id()).orElseThrow().history();
    assertThat(epochs).hasSize(3);
    EpochMetrics best = epochs.get(0);
    for (EpochMetrics m : epochs) {
      best = m.validationLoss() < best.validationLoss() ? m : best;
    }

    KaribuPages.open(context, TrainView.class, "train");

    for (String id : List.of("epoch-loss-chart", "epoch-accuracy-chart")) {
      JsonNode validation = _get(EChart.class, s -> s.withId(id)).option().get("series").get(1);
      assertThat(validation.get("markLine").get("data").get(0).get("xAxis").asInt())
          .as(id)
          .isEqualTo(best.epoch());
      assertThat(validation.get("markLine").get("label").get("formatter").asText())
          .isEqualTo("best epoch " + best.epoch());
    }
    JsonNode accuracyAxis =
        _get(EChart.class, s -> s.withId("epoch-accuracy-chart")).option().get("yAxis");
    assertThat(accuracyAxis.get("min").asDouble()).isZero();
    assertThat(accuracyAxis.get("max").asDouble()).isEqualTo(1.0);
  }
}
