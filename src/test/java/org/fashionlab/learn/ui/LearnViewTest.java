package org.fashionlab.learn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.fashionlab.KaribuPages.byId;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.base.ui.ChartClickEvent;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.base.ui.ImageTile;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.base.ui.RConsole;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.learn.BackpropExample;
import org.fashionlab.learn.TinyNetwork;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.EpochMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Learn page without a browser; one tiny CNN is trained for the CNN and confusion parts. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class LearnViewTest {

  private static UUID cnnRun;
  private static UUID validatedRun;

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private DatasetService datasets;
  @Autowired private BackpropExample backprop;

  @BeforeEach
  void openLearnPage() {
    KaribuPages.open(context, LearnView.class, "learn");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  /** The y of point {@code index} of the named series of the activation chart. */
  private static double plotted(String series, int index) {
    for (JsonNode s : byId(EChart.class, "activation-chart").option().get("series")) {
      if (s.get("name").asText().equals(series)) {
        return s.get("data").get(index).get(1).asDouble();
      }
    }
    throw new AssertionError("no series " + series);
  }

  @Test
  void theActivationPlotShowsKnownValues() {
    // Points run from -4 to 4 in steps of 0.05: index 80 is x = 0, index 100 is x = 1.
    JsonNode first = byId(EChart.class, "activation-chart").option().get("series").get(0);
    assertThat(first.get("data").get(80).get(0).asDouble()).isZero();
    assertThat(plotted("Sigmoid", 80)).isEqualTo(0.5);
    assertThat(plotted("tanh′", 80)).isEqualTo(1.0);
    assertThat(plotted("ReLU", 100)).isEqualTo(1.0);
    // GELU(1) = 1 · Φ(1) = 0.84134...
    assertThat(plotted("GELU", 100)).isEqualTo(0.8413447, within(1e-6));
    assertThat(plotted("Leaky ReLU", 60)).isEqualTo(-0.01, within(1e-12));
  }

  @Test
  void softmaxOfAnEditedVector() {
    _setValue(byId(TextField.class, "softmax-input"), "1, 2, 3");
    double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
    String expected =
        String.format(
            Locale.ROOT,
            "softmax(z) = (%.3f, %.3f, %.3f), sum 1.000",
            Math.exp(1) / sum,
            Math.exp(2) / sum,
            Math.exp(3) / sum);
    assertThat(byId(Span.class, "softmax-output").getText()).isEqualTo(expected);
    assertThat(expected).contains("0.090, 0.245, 0.665");
  }

  @Test
  void theBackpropExampleShowsGradientsThatMatchFiniteDifferences() {
    BackpropExample.Step step = backprop.example();
    double h = 1e-6;
    double[] p = step.network().parameters();
    for (int k = 0; k < p.length; k++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[k] += h;
      minus[k] -= h;
      double numeric =
          (TinyNetwork.of(plus).loss(step.x(), step.y())
                  - TinyNetwork.of(minus).loss(step.x(), step.y()))
              / (2 * h);
      String name = TinyNetwork.NAMES.get(k);
      List<Span> cells = _find(byId(Div.class, "backprop-" + name), Span.class);
      double shown = Double.parseDouble(cells.get(2).getText());
      assertThat(shown).as(name).isEqualTo(numeric, within(1e-6));
    }
    _click(byId(Button.class, "backprop-next"));
    BackpropExample.Step second =
        backprop.step(step.updated(), step.x(), step.y(), step.learningRate());
    assertThat(_find(byId(Div.class, "backprop-w11"), Span.class).get(1).getText())
        .isEqualTo(BackpropPanel.f(second.network().parameters()[0]));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCnnPanelShowsOneFilterPerFirstLayerFilter() {
    RunSummary run = trainedCnn();
    _setValue(byId(Select.class, "cnn-run"), run);
    CnnInsidePanel panel = _get(CnnInsidePanel.class);
    int filters = 32; // Presets.COURSE_CNN: layer_conv_2d with 32 filters of 3x3
    assertThat(panel.filterCount()).isEqualTo(filters);
    assertThat(byId(Div.class, "cnn-feature-maps").getComponentCount()).isEqualTo(filters);
    assertThat(byId(Div.class, "cnn-pooled-maps").getComponentCount()).isEqualTo(filters);
  }

  @Test
  @SuppressWarnings("unchecked")
  void clickingAConfusionCellShowsExactlyItsImages() {
    RunSummary run = trainedCnn();
    _setValue(byId(Select.class, "confusion-run"), run);
    RunDetails details = runs.details(run.id()).orElseThrow();
    int[][] confusion = details.confusion();
    int[] cell = smallOffDiagonalCell(confusion);
    EChart chart = byId(EChart.class, "confusion-matrix");

    ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, 0, cell[0] * 10 + cell[1]));

    int count = confusion[cell[0]][cell[1]];
    List<ImageTile> tiles = _find(byId(Div.class, "misclassified-gallery"), ImageTile.class);
    assertThat(tiles).hasSize(count);
    assertThat(byId(Span.class, "gallery-title").getText()).startsWith(count + " test images");
    String caption =
        FashionClass.of(cell[1]).label() + " (" + FashionClass.of(cell[0]).label() + ")";
    assertThat(tiles).allMatch(t -> t.caption().equals(caption));
    int expected = 0;
    for (int i = 0; i < 10_000; i++) {
      if (details.testPredictions()[i] == cell[1] && datasets.label(Split.TEST, i) == cell[0]) {
        expected++;
      }
    }
    assertThat(expected).isEqualTo(count);
    assertThat(_find(byId(Div.class, "confused-pairs"), Button.class)).isNotEmpty();
  }

  private static int[] smallOffDiagonalCell(int[][] confusion) {
    int[] best = null;
    for (int t = 0; t < 10; t++) {
      for (int p = 0; p < 10; p++) {
        int n = confusion[t][p];
        if (t != p
            && n > 0
            && n <= MisclassificationPanel.GALLERY_LIMIT
            && (best == null || n > confusion[best[0]][best[1]])) {
          best = new int[] {t, p};
        }
      }
    }
    assertThat(best).as("an off-diagonal cell with 1 to 100 images").isNotNull();
    return best;
  }

  @Test
  void crossEntropyIsWorkedOnTheSoftmaxOutputOfARightAndAWrongAnswer() {
    double[] z = {-1.2, -3.0, -1.5, -2.1, -1.8, 2.0, -0.9, 2.6, 0.3, 5.1};
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v);
    }
    double right = Math.exp(5.1) / sum; // Ankle boot holds the largest logit
    double wrong = Math.exp(2.6) / sum; // the same logits with Sneaker's and Ankle boot's swapped
    String rightCase = byId(Div.class, "loss-case-right").getElement().getTextRecursively();
    String wrongCase = byId(Div.class, "loss-case-wrong").getElement().getTextRecursively();
    assertThat(rightCase)
        .contains(
            String.format(
                Locale.ROOT, "L = −log p(Ankle boot) = −log %.3f = %.3f", right, -Math.log(right)))
        .contains("Predicted: Ankle boot (right)");
    assertThat(wrongCase)
        .contains(
            String.format(
                Locale.ROOT, "L = −log p(Ankle boot) = −log %.3f = %.3f", wrong, -Math.log(wrong)))
        .contains("Predicted: Sneaker (wrong)");
    assertThat(String.format(Locale.ROOT, "%.3f %.3f", right, -Math.log(wrong)))
        .isEqualTo("0.875 2.634");
    String panel = byId(Div.class, "cross-entropy").getElement().getTextRecursively();
    assertThat(panel)
        .contains(String.format(Locale.ROOT, "log 10 = %.3f", Math.log(10)))
        .contains("p − y");
  }

  @Test
  void deepLearningAndCnnsAreExplainedWithThePictureOfTheCourseCnn() {
    assertThat(byId(Div.class, "deep-learning").getElement().getTextRecursively())
        .contains("many layers")
        .contains("this convolution has 320 parameters for 32 whole feature maps")
        .contains("would need 25,120");
    assertThat(byId(Div.class, "cnn-sketch").getElement().getProperty("innerHTML"))
        .contains("32 maps 26 × 26")
        .contains("32 maps 13 × 13")
        .contains("5,408 numbers")
        .contains("10 probabilities")
        .contains("data:image/png;base64,");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCurvesLessonReadsTheBestEpochOffTheStudentsRun() {
    RunSummary run = validatedRun();
    _setValue(byId(Select.class, "curves-run"), run);
    List<EpochMetrics> history = runs.details(run.id()).orElseThrow().history();
    int best = history.get(0).epoch();
    float lowest = history.get(0).validationLoss();
    for (EpochMetrics m : history) {
      if (m.validationLoss() < lowest) {
        lowest = m.validationLoss();
        best = m.epoch();
      }
    }
    JsonNode loss = byId(EChart.class, "lesson-loss-chart").option();
    JsonNode validation = loss.get("series").get(1);
    assertThat(validation.get("data")).hasSize(history.size());
    assertThat(validation.get("data").get(1).get(1).floatValue())
        .isEqualTo(history.get(1).validationLoss());
    assertThat(validation.get("markLine").get("data").get(0).get("xAxis").asInt()).isEqualTo(best);
    JsonNode accuracy = byId(EChart.class, "lesson-accuracy-chart").option();
    assertThat(accuracy.get("yAxis").get("min").asDouble()).isZero();
    assertThat(accuracy.get("yAxis").get("max").asDouble()).isEqualTo(1.0);
    assertThat(
            accuracy.get("series").get(1).get("markLine").get("data").get(0).get("xAxis").asInt())
        .isEqualTo(best);
    assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "curves-reading").getText())
        .startsWith(
            String.format(
                Locale.ROOT, "Validation loss is lowest at epoch %d (%.3f).", best, lowest));
    assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "curves-gap").getText())
        .contains(
            String.format(
                Locale.ROOT,
                "validation accuracy %.1f%%",
                100 * history.get(history.size() - 1).validationAccuracy()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void predictingTheTenthTestImageShowsAllTenProbabilitiesAsRPrintsThem() {
    RunSummary run = validatedRun();
    _setValue(byId(Select.class, "predict-run"), run);
    int index = PredictionPanel.DEFAULT_IMAGE - 1;
    float[] p = runs.predict(run.id(), List.of(datasets.input(Split.TEST, index))).get(0);
    int top = 0;
    for (int k = 1; k < 10; k++) {
      top = p[k] > p[top] ? k : top;
    }
    String transcript = byId(RConsole.class, "predict-console").transcript();
    assertThat(transcript)
        .contains("> predictions[1, ]\n [1] " + String.format(Locale.ROOT, "%.6e", (double) p[0]))
        .contains(" [6] " + String.format(Locale.ROOT, "%.6e", (double) p[5]))
        .contains(String.format(Locale.ROOT, "%.6e", (double) p[9]))
        .contains("> which.max(predictions[1, ])\n[1] " + (top + 1) + "\n")
        .contains("[1] \"" + FashionClass.of(top).label() + "\"");
    ProbabilityBars bars = _get(byId(Div.class, "predict-result"), ProbabilityBars.class);
    assertThat(_find(bars, Div.class, spec -> spec.withClasses("fl-bar"))).hasSize(10);
    int label = datasets.label(Split.TEST, index);
    assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "predict-loss").getText())
        .endsWith(String.format(Locale.ROOT, "= %.3f.", -Math.log(p[label])));
  }

  /** A course MLP trained for 3 epochs on 600 images with a fifth held out, once per class. */
  private RunSummary validatedRun() {
    if (validatedRun == null) {
      ModelSpec spec =
          Presets.COURSE_MLP
              .withName("validated MLP for the Learn page")
              .withTraining(
                  Presets.COURSE_MLP
                      .training()
                      .withTrainingLimit(600)
                      .withEpochs(3)
                      .withValidationSplit(0.2));
      validatedRun = queue.submit(spec, TestAccounts.STUDENT.ensure(context).username).id();
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> runs.summary(validatedRun).map(r -> !r.status().isActive()).orElse(false));
    }
    RunSummary run = runs.summary(validatedRun).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
    KaribuPages.close();
    openLearnPage();
    return run;
  }

  /** A course CNN trained for one epoch on 1,000 images, once per test class. */
  private RunSummary trainedCnn() {
    if (cnnRun == null) {
      ModelSpec spec =
          Presets.COURSE_CNN
              .withName("tiny CNN for the Learn page")
              .withTraining(
                  Presets.COURSE_CNN
                      .training()
                      .withTrainingLimit(1_000)
                      .withEpochs(1)
                      .withValidationSplit(0));
      cnnRun = queue.submit(spec, TestAccounts.STUDENT.ensure(context).username).id();
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> runs.summary(cnnRun).map(r -> !r.status().isActive()).orElse(false));
    }
    RunSummary run = runs.summary(cnnRun).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
    // The page was opened before the run finished: reopen it so its choices list the run.
    KaribuPages.close();
    openLearnPage();
    return run;
  }
}
