package org.fashionlab.classify.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.classify.ClassifyService;
import org.fashionlab.classify.ModelPrediction;
import org.fashionlab.classify.TestPhotos;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Classify without a browser: every model's answer in one sortable table, the bar charts only for
 * the models ticked. Shares the Models page tests' context (same properties).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.dataset.work-dir=target/fashion-mnist",
      "fashionlab.storage.data-dir=target/test-data/models-page",
      "spring.datasource.url=jdbc:h2:mem:models-page;DB_CLOSE_DELAY=-1"
    })
class ClassifyViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private ClassifyService classify;

  @BeforeEach
  void twoTrainedModels() {
    String owner = TestAccounts.STUDENT.ensure(context).username;
    for (String name : List.of("classify-table A", "classify-table B")) {
      if (runs.list().stream()
          .noneMatch(r -> r.name().equals(name) && r.status() == RunStatus.FINISHED)) {
        RegistryFixtures.awaitDone(
            runs, queue.submit(RegistryFixtures.quickMlp(1_000, 1).withName(name), owner).id());
      }
    }
    KaribuPages.open(context, ClassifyView.class, "classify");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  @SuppressWarnings("unchecked")
  private static Grid<ModelPrediction> table() {
    return _get(Grid.class, s -> s.withId("prediction-table"));
  }

  /** Whether the table's header shows the checkbox that ticks every model. */
  private static boolean selectAll() {
    return ((GridMultiSelectionModel<?>) table().getSelectionModel()).isSelectAllCheckboxVisible();
  }

  @Test
  void everyModelsAnswerIsOneRowAndOnlyTickedModelsGetBarCharts() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(TestPhotos.sneaker(), "png", png);
    int models = classify.models().size();
    assertThat(models).isGreaterThanOrEqualTo(2);
    // Before a photo: the empty table, saying what will come (set up while the page loads).
    assertThat(_findAll(table())).isEmpty();
    assertThat(table().getEmptyStateText()).startsWith("Upload a photo");
    assertThat(selectAll()).isFalse(); // nothing to tick yet

    UploadKt._upload(_get(Upload.class), "sneaker.png", png.toByteArray());

    Grid<ModelPrediction> table = table();
    assertThat(selectAll()).isTrue();
    List<ModelPrediction> rows = _findAll(table);
    assertThat(rows).hasSize(models);
    Map<String, Long> votes =
        rows.stream()
            .collect(Collectors.groupingBy(p -> p.best().className(), Collectors.counting()));
    String majority =
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (int i = 0; i < rows.size(); i++) {
      ModelPrediction p = rows.get(i);
      assertThat(_getFormatted(table, i, "class")).isEqualTo(p.best().className());
      assertThat(_getFormatted(table, i, "probability"))
          .isEqualTo(ProbabilityBars.percent(p.best().probability()))
          .endsWith("%");
      if (votes.get(p.best().className()) > rows.size() / 2) {
        assertThat(_getFormatted(table, i, "agrees")).isEqualTo("yes");
      } else if (!p.best().className().equals(majority)) {
        assertThat(_getFormatted(table, i, "agrees")).isEqualTo("no");
      }
    }
    assertThat(_find(PredictionBars.class)).isEmpty();

    ModelPrediction first = rows.get(0);
    table.select(first);

    List<PredictionBars> cards = _find(PredictionBars.class);
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getElement().getTextRecursively()).contains(first.runName());
  }

  @Test
  void theTableSortsByProbability() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(TestPhotos.sneaker(), "png", png);
    UploadKt._upload(_get(Upload.class), "sneaker.png", png.toByteArray());
    Grid<ModelPrediction> table = table();

    table.sort(
        List.of(
            new com.vaadin.flow.component.grid.GridSortOrder<>(
                table.getColumnByKey("probability"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));

    List<Float> shown =
        _findAll(table).stream().map(p -> p.best().probability()).collect(Collectors.toList());
    assertThat(shown).isSortedAccordingTo(Comparator.reverseOrder());
  }
}
