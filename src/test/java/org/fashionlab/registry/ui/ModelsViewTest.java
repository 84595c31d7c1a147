package org.fashionlab.registry.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.ImportRefusedException;
import org.fashionlab.registry.RunArchive;
import org.fashionlab.registry.RunColumn;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Models page without a browser, over two tiny trained runs. */
@ModelsPageTest
class ModelsViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private RunArchive archive;
  @Autowired private DatasetService datasets;
  private List<RunSummary> trained;

  @BeforeEach
  void openModelsPage() {
    trained = TrainedRuns.ensure(runs, queue, TestAccounts.STUDENT.ensure(context).username);
    KaribuPages.open(context, ModelsView.class, "models");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static RunGrid grid() {
    return _get(RunGrid.class);
  }

  private static int row(UUID id) {
    List<RunSummary> rows = _findAll(grid().getContent());
    return IntStream.range(0, rows.size())
        .filter(i -> rows.get(i).id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static void select(List<RunSummary> wanted) {
    Set<UUID> ids = wanted.stream().map(RunSummary::id).collect(Collectors.toSet());
    Grid<RunSummary> grid = grid().getContent();
    grid.asMultiSelect()
        .setValue(
            _findAll(grid).stream().filter(r -> ids.contains(r.id())).collect(Collectors.toSet()));
  }

  @Test
  void theGridListsEveryStoredRunWithItsSettingsAndResults() {
    List<RunSummary> stored = runs.list();
    assertThat(_findAll(grid().getContent()))
        .extracting(RunSummary::id)
        .containsExactlyElementsOf(stored.stream().map(RunSummary::id).toList());
    Grid<RunSummary> grid = grid().getContent();
    RunSummary first = trained.get(0);
    int row = row(first.id());
    Component name = GridKt._getCellComponent(grid, row, "NAME");
    assertThat(name.getElement().getTextRecursively()).isEqualTo(TrainedRuns.FIRST);
    assertThat(_get(name, Anchor.class).getHref()).isEqualTo("runs/" + first.id());
    assertThat(_getFormatted(grid, row, "ARCHITECTURE")).isEqualTo("784-128-10");
    assertThat(_getFormatted(grid, row, "PARAMETERS")).isEqualTo("101,770");
    assertThat(_getFormatted(grid, row, "LEARNING_RATE")).isEqualTo("0.001");
    assertThat(_getFormatted(grid, row, "BATCH_SIZE")).isEqualTo("32");
    assertThat(_getFormatted(grid, row, "TEST_ACCURACY"))
        .isEqualTo(String.format("%.2f%%", 100 * first.testAccuracy()));
    assertThat(_getFormatted(grid, row(trained.get(1).id()), "BATCH_SIZE")).isEqualTo("64");
    _assertNone(Div.class, d -> d.withId("empty-state"));
  }

  @Test
  void theGridFollowsATrainingStartedElsewhereAsItGoes() {
    RunSummary started =
        queue.submit(
            TrainedRuns.spec("models-page live", 0.002, 128),
            TestAccounts.STUDENT.ensure(context).username);

    await()
        .pollInSameThread() // the UI lives on this thread
        .atMost(Duration.ofSeconds(90))
        .until(
            () -> {
              MockVaadin.clientRoundtrip(); // runs the pushes queued by the subscription
              return _findAll(grid().getContent()).stream()
                  .anyMatch(r -> r.id().equals(started.id()) && r.status() == RunStatus.FINISHED);
            });
    assertThat(_getFormatted(grid().getContent(), row(started.id()), "STATUS"))
        .isEqualTo("Finished");
    queue.delete(started.id());
  }

  @Test
  void theRunWithTheBestTestAccuracyIsMarked() {
    Grid<RunSummary> grid = grid().getContent();
    List<RunSummary> marked =
        _findAll(grid).stream()
            .filter(r -> RunGrid.BEST.equals(grid.getPartNameGenerator().apply(r)))
            .toList();
    double best =
        runs.list().stream()
            .filter(r -> r.testAccuracy() != null)
            .mapToDouble(RunSummary::testAccuracy)
            .max()
            .orElseThrow();
    assertThat(marked).hasSize(1);
    assertThat(marked.get(0).testAccuracy()).isEqualTo(best);
  }

  @Test
  void differencesOnlyHidesTheColumnsInWhichTheSelectedRunsAgree() {
    RunGrid grid = grid();
    select(trained);
    _setValue(_get(Checkbox.class, c -> c.withId("differences-only")), true);

    for (RunColumn same :
        List.of(
            RunColumn.KIND,
            RunColumn.ARCHITECTURE,
            RunColumn.PARAMETERS,
            RunColumn.OPTIMIZER,
            RunColumn.EPOCHS,
            RunColumn.STATUS,
            RunColumn.OWNER)) {
      assertThat(grid.column(same).isVisible()).as(same.name()).isFalse();
    }
    for (RunColumn differing :
        List.of(RunColumn.NAME, RunColumn.LEARNING_RATE, RunColumn.BATCH_SIZE)) {
      assertThat(grid.column(differing).isVisible()).as(differing.name()).isTrue();
    }

    // With fewer than two selected, every run counts.
    select(trained.subList(0, 1));
    long batchSizes = runs.list().stream().map(RunSummary::batchSize).distinct().count();
    assertThat(grid.column(RunColumn.BATCH_SIZE).isVisible()).isTrue();
    assertThat(grid.column(RunColumn.PARAMETERS).isVisible())
        .isEqualTo(runs.list().stream().map(RunSummary::parameters).distinct().count() > 1);
    assertThat(batchSizes).isGreaterThan(1);

    _setValue(_get(Checkbox.class, c -> c.withId("differences-only")), false);
    assertThat(
            Arrays.stream(RunColumn.values())
                .filter(c -> grid.column(c).isVisible())
                .collect(Collectors.toSet()))
        .isEqualTo(grid.chosenColumns());
  }

  @Test
  void theCsvHasAHeaderAndOneCorrectLinePerShownRun() {
    Anchor csvLink = _get(Anchor.class, a -> a.withId("csv-download"));
    List<String> lines = csvLines(csvLink);
    List<RunSummary> stored = runs.list();
    assertThat(lines.get(0))
        .startsWith("id,name,owner,kind,architecture,parameters,optimizer,learning_rate")
        .contains("test_accuracy,test_loss,status,created_at");
    assertThat(lines).hasSize(stored.size() + 1);
    List<String> header = List.of(lines.get(0).split(","));
    for (RunSummary run : trained) {
      String[] cells =
          lines.stream()
              .filter(l -> l.startsWith(run.id().toString()))
              .findFirst()
              .orElseThrow()
              .split(",", -1);
      assertThat(cells[header.indexOf("name")]).isEqualTo(run.name());
      assertThat(Double.parseDouble(cells[header.indexOf("learning_rate")]))
          .isEqualTo(run.learningRate());
      assertThat(Integer.parseInt(cells[header.indexOf("batch_size")])).isEqualTo(run.batchSize());
      assertThat(Double.parseDouble(cells[header.indexOf("test_accuracy")]))
          .isCloseTo(run.testAccuracy(), within(1e-6));
      assertThat(Double.parseDouble(cells[header.indexOf("test_loss")]))
          .isCloseTo(run.testLoss(), within(1e-6));
      assertThat(cells[header.indexOf("status")]).isEqualTo("FINISHED");
    }

    // The download follows the filter.
    _setValue(_get(TextField.class, t -> t.withId("run-filter")), TrainedRuns.SECOND);
    List<String> filtered = csvLines(csvLink);
    assertThat(filtered).hasSize(2);
    assertThat(filtered.get(1)).startsWith(trained.get(1).id().toString());
  }

  private static List<String> csvLines(Anchor link) {
    String csv = new String(DownloadKt._download(link), StandardCharsets.UTF_8);
    assertThat(csv).endsWith("\r\n");
    return List.of(csv.split("\r\n"));
  }

  @Test
  void deletingAsksForConfirmationAndThenRemovesTheRun() {
    RunSummary doomed =
        TrainedRuns.train(
            runs,
            queue,
            TestAccounts.STUDENT.ensure(context).username,
            "models-page doomed",
            0.001,
            128);
    _get(ModelsView.class).refresh();

    clickDelete(doomed);
    ConfirmDialog confirm = _get(ConfirmDialog.class);
    assertThat(ConfirmDialogKt.getHeader(confirm)).contains("models-page doomed");
    ConfirmDialogKt._fireCancel(confirm);
    assertThat(runs.summary(doomed.id())).isPresent();

    clickDelete(doomed);
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    assertThat(runs.summary(doomed.id())).isEmpty();
    assertThat(runs.canPredict(doomed.id())).isFalse();
    assertThat(_findAll(grid().getContent()))
        .extracting(RunSummary::id)
        .doesNotContain(doomed.id())
        .contains(trained.get(0).id());
  }

  private static void clickDelete(RunSummary run) {
    var actions =
        com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(
            grid().getContent(), row(run.id()), "actions");
    _click(_get(actions, Button.class, b -> b.withClasses("fl-run-delete")));
  }

  @Test
  void theSingleImagePanelShowsTestImage10AndOneBarGroupPerModel() {
    int index = SingleImagePanel.DEFAULT_IMAGE - 1; // numbered from 1 on the page
    String expected = FashionClass.of(datasets.label(Split.TEST, index)).label();
    assertThat(_get(Span.class, s -> s.withId("true-class")).getText())
        .isEqualTo("True class: " + expected);
    SingleImagePanel panel = _get(SingleImagePanel.class);
    long finished =
        runs.list().stream()
            .filter(r -> r.status() == RunStatus.FINISHED && runs.canPredict(r.id()))
            .count();
    assertThat(panel.groupCount()).isEqualTo((int) finished);

    select(trained);
    assertThat(panel.groupCount()).isEqualTo(2);
    RunSummary first = trained.get(0);
    ProbabilityBars group =
        _find(panel, ProbabilityBars.class).stream()
            .filter(g -> _find(g, Span.class).get(0).getText().equals(first.name()))
            .findFirst()
            .orElseThrow();
    float[] probabilities = runs.predict(first.id(), List.of(unit(index))).get(0);
    int top =
        IntStream.range(0, 10)
            .boxed()
            .max(Comparator.comparingDouble(c -> probabilities[c]))
            .orElseThrow();
    List<Span> firstGroup = _find(group, Span.class);
    assertThat(firstGroup.get(1).getText()).isEqualTo(FashionClass.of(top).label());
    assertThat(firstGroup.get(2).getText()).isEqualTo(ProbabilityBars.percent(probabilities[top]));
    // all ten classes, as the course's predictions[1, ] prints them: a title, then name and value
    assertThat(firstGroup).hasSize(1 + 2 * 10);
    assertThat(firstGroup.stream().skip(1).filter(s -> !s.getText().endsWith("%")))
        .extracting(Span::getText)
        .containsExactlyInAnyOrderElementsOf(FashionClass.labels());
  }

  private float[] unit(int index) {
    return datasets.input(Split.TEST, index);
  }

  @Test
  void selectingTwoRunsOverlaysTheirCurvesAndShowsBothConfusionMatrices() {
    ComparePanel compare = _get(ComparePanel.class);
    assertThat(_get(Span.class, s -> s.withId("compare-hint")).isVisible()).isTrue();

    select(trained);

    assertThat(compare.matrixCount()).isEqualTo(2);
    ArrayNode series = _get(CurvesChart.class).getContent().option().withArray("series");
    assertThat(series.size()).isEqualTo(8); // 2 runs x (train, validation) x (accuracy, loss)
    List<String> names = new java.util.ArrayList<>();
    series.forEach(line -> names.add(line.get("name").asText()));
    assertThat(names)
        .contains(TrainedRuns.FIRST + " · train", TrainedRuns.SECOND + " · validation");
    series.forEach(line -> assertThat(line.withArray("data").size()).isEqualTo(1)); // one epoch
    ArrayNode yAxes = _get(CurvesChart.class).getContent().option().withArray("yAxis");
    assertThat(yAxes.get(0).get("min").asDouble()).isZero(); // the accuracy panel: 0..1
    assertThat(yAxes.get(0).get("max").asDouble()).isEqualTo(1.0);
    assertThat(yAxes.get(1).has("max")).isFalse(); // the loss panel scales to its values
    _assertNone(Span.class, s -> s.withId("compare-hint"));
  }

  @Test
  void importingABadZipShowsTheRefusalAndAGoodOneAddsARow() throws Exception {
    byte[] bad = "this is no zip".getBytes(StandardCharsets.UTF_8);
    String reason;
    try {
      archive.importArchive(
          new java.io.ByteArrayInputStream(bad), TestAccounts.STUDENT.ensure(context).username);
      throw new AssertionError("a text file was imported");
    } catch (ImportRefusedException e) {
      reason = e.getMessage();
    }
    int before = runs.list().size();

    UploadKt._upload(_get(Upload.class), "notes.zip", bad);
    MockVaadin.clientRoundtrip();

    NotificationsKt.expectNotifications("notes.zip was not imported: " + reason);
    assertThat(runs.list()).hasSize(before);

    NotificationsKt.clearNotifications();
    var actions =
        com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(
            grid().getContent(), row(trained.get(0).id()), "actions");
    // A grid cell's components are not attached: attach them so the download link is served.
    UI.getCurrent().add(actions);
    byte[] zip =
        DownloadKt._download(_get(actions, Anchor.class, a -> a.withClasses("fl-run-export")));
    UI.getCurrent().remove(actions);
    UploadKt._upload(_get(Upload.class), "a.zip", zip);
    MockVaadin.clientRoundtrip();
    List<RunSummary> after = _findAll(grid().getContent());
    assertThat(after).hasSize(before + 1);
    RunSummary imported =
        after.stream()
            .filter(r -> r.message() != null && r.message().startsWith("Imported"))
            .findFirst()
            .orElseThrow();
    assertThat(imported.testAccuracy()).isEqualTo(trained.get(0).testAccuracy());
    queue.delete(imported.id());
  }
}
