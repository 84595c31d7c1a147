package org.fashionlab.tune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.Hyperparameter;
import org.fashionlab.tune.Selection;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudySpec;
import org.fashionlab.tune.TrialResult;
import org.junit.jupiter.api.Test;

/** The Tune chart drawn caret's way: accuracy by the first parameter, a line per second value. */
class StudyChartTest {

  private static final GridAxis NODES =
      new GridAxis(Hyperparameter.NODES, List.of("32", "64", "128"));
  private static final GridAxis RATES =
      new GridAxis(Hyperparameter.LEARNING_RATE, List.of("0.001", "0.01"));

  /** Trials of nodes x rates, in grid order, with accuracy 0.8 + nodes/1000 - rate and sd 0.01. */
  private static StudyResult study(Selection selection, List<GridAxis> grid) {
    List<TrialResult> trials = new ArrayList<>();
    for (String nodes : NODES.values()) {
      for (String rate : grid.size() > 1 ? RATES.values() : List.of("0.001")) {
        Map<Hyperparameter, String> values = new LinkedHashMap<>();
        values.put(Hyperparameter.NODES, nodes);
        if (grid.size() > 1) {
          values.put(Hyperparameter.LEARNING_RATE, rate);
        }
        double accuracy = 0.8 + Integer.parseInt(nodes) / 1000.0 - Double.parseDouble(rate);
        trials.add(
            new TrialResult(
                trials.size(),
                values,
                "",
                accuracy,
                selection == Selection.K_FOLD ? 0.01 : 0.0,
                1,
                3,
                3,
                RunStatus.FINISHED,
                List.of(),
                false));
      }
    }
    StudySpec spec = new StudySpec("study", Presets.COURSE_MLP, grid, selection, 3);
    return new StudyResult(
        UUID.randomUUID(),
        "study",
        "tester",
        Instant.now(),
        spec,
        "FINISHED",
        18,
        18,
        trials,
        null);
  }

  @Test
  void oneLinePerValueOfTheSecondParameterOverTheFirst() {
    JsonNode option = StudyChart.option(study(Selection.HOLD_OUT, List.of(NODES, RATES)));

    assertThat(option.get("xAxis").get("data"))
        .extracting(JsonNode::asText)
        .containsExactly("32", "64", "128");
    JsonNode series = option.get("series");
    assertThat(series).hasSize(2); // hold-out: no error bars
    assertThat(series.get(0).get("name").asText()).isEqualTo("learning rate 0.001");
    assertThat(series.get(1).get("name").asText()).isEqualTo("learning rate 0.01");
    assertThat(series.get(0).get("data").get(2).get(1).asDouble()).isEqualTo(0.927);
    assertThat(series.get(1).get("data").get(0).get(1).asDouble()).isEqualTo(0.822);
    assertThat(option.get("legend").get("show").asBoolean()).isTrue();
  }

  @Test
  void kFoldAddsAnErrorBarOfMeanPlusMinusSdAtEveryPoint() {
    JsonNode option = StudyChart.option(study(Selection.K_FOLD, List.of(NODES, RATES)));

    JsonNode series = option.get("series");
    assertThat(series).hasSize(4);
    JsonNode bars = series.get(1);
    assertThat(bars.get("type").asText()).isEqualTo("custom");
    assertThat(bars.get("renderItem").asText()).isEqualTo(StudyChart.ERROR_BAR);
    assertThat(bars.get("name").asText()).isEqualTo(series.get(0).get("name").asText());
    assertThat(bars.get("color").asText()).isEqualTo(series.get(0).get("color").asText());
    JsonNode first = bars.get("data").get(0); // 32 nodes, rate 0.001: 0.831 ± 0.01
    assertThat(first.get(0).asInt()).isZero();
    assertThat(first.get(1).asDouble()).isEqualTo(0.821);
    assertThat(first.get(2).asDouble()).isEqualTo(0.841);
    // the two lines' bars stand side by side
    assertThat(first.get(3).asInt()).isNegative();
    assertThat(series.get(3).get("data").get(0).get(3).asInt()).isPositive();
    assertThat(option.get("title").get("text").asText()).endsWith("(mean ± sd over folds)");
  }

  @Test
  void oneVariedParameterIsOneLineAndTheAccuracyAxisStaysWithin0And1() {
    JsonNode option = StudyChart.option(study(Selection.HOLD_OUT, List.of(NODES)));

    assertThat(option.get("series")).hasSize(1);
    assertThat(option.get("series").get(0).get("name").asText()).isEqualTo("validation accuracy");
    assertThat(option.get("legend").get("show").asBoolean()).isFalse();
    double min = option.get("yAxis").get("min").asDouble();
    double max = option.get("yAxis").get("max").asDouble();
    // 0.831 .. 0.927 zoomed to whole twentieths around it, never past 1
    assertThat(min).isEqualTo(0.8);
    assertThat(max).isEqualTo(0.95);
  }
}
