package org.fashionlab.registry.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunColumn;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Models table's shape: the columns shown at first and the column chooser, study runs grouped
 * under their study's best, and numbers written at their scale.
 */
@ModelsPageTest
class ModelsTableTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;

  @BeforeEach
  void openModelsPage() {
    TrainedRuns.ensure(runs, queue, TestAccounts.STUDENT.ensure(context).username);
    KaribuPages.open(context, ModelsView.class, "models");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static RunGrid grid() {
    return _get(RunGrid.class);
  }

  private static Set<RunColumn> visible() {
    return Arrays.stream(RunColumn.values())
        .filter(c -> grid().column(c).isVisible())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RunColumn.class)));
  }

  @Test
  void atFirstTheTableShowsNameOwnerKindParametersAccuraciesAndTimeTheRestIsChosen() {
    assertThat(visible())
        .containsExactlyInAnyOrder(
            RunColumn.NAME,
            RunColumn.OWNER,
            RunColumn.KIND,
            RunColumn.PARAMETERS,
            RunColumn.VALIDATION_ACCURACY,
            RunColumn.TEST_ACCURACY,
            RunColumn.TRAINING_SECONDS);
    List<String> headers =
        grid().getContent().getColumns().stream()
            .filter(c -> c.isVisible() && RunColumn.TEST_ACCURACY.name().equals(c.getKey()))
            .map(c -> c.getHeaderText())
            .toList();
    assertThat(headers).containsExactly("Test acc.");

    MenuBar chooser = _get(MenuBar.class, s -> s.withId("column-chooser"));
    ContextMenuKt._clickItemWithCaption(chooser, "Seed");
    ContextMenuKt._clickItemWithCaption(chooser, "Best epoch");
    ContextMenuKt._clickItemWithCaption(chooser, "Owner");

    assertThat(visible())
        .contains(RunColumn.SEED, RunColumn.BEST_EPOCH)
        .doesNotContain(RunColumn.OWNER, RunColumn.LEARNING_RATE);
  }

  @Test
  void aStudyIsOneRowShowingItsBestRunWithItsOtherRunsInside() {
    UUID study = UUID.randomUUID();
    RunSummary alone = Summaries.run("alone", null, 0.80, 0.001);
    RunSummary weak = Summaries.run("study trial 1", study, 0.70, 0.01);
    RunSummary best = Summaries.run("study trial 2", study, 0.86, 0.001);
    RunSummary middle = Summaries.run("study trial 3", study, 0.75, 1e-4);
    grid().setRuns(List.of(alone, weak, best, middle));
    TreeGrid<RunSummary> tree = grid().getContent();

    assertThat(_findAll(tree)).containsExactly(alone, best);
    assertThat(
            GridKt._getCellComponent(tree, 1, RunColumn.NAME.name())
                .getElement()
                .getTextRecursively())
        .isEqualTo("study trial 2 · best of 3 study runs");

    tree.expand(best);

    assertThat(_findAll(tree)).containsExactly(alone, best, weak, middle);
    assertThat(grid().visibleRuns()).containsExactlyInAnyOrder(alone, weak, best, middle);
  }

  @Test
  void smallNumbersAreWrittenAtTheirScaleNeverAsZero() {
    RunSummary tiny = Summaries.run("tiny rate", null, 0.8, 1e-5);
    RunSummary usual = Summaries.run("usual rate", null, 0.8, 0.001);

    assertThat(RunFormat.text(RunColumn.LEARNING_RATE, tiny)).isEqualTo("1e-5");
    assertThat(RunFormat.text(RunColumn.LEARNING_RATE, usual)).isEqualTo("0.001");
    assertThat(RunFormat.text(RunColumn.DROPOUT, usual)).isEqualTo("0.25");
    assertThat(RunFormat.text(RunColumn.VALIDATION_SPLIT, usual)).isEqualTo("20%");
    assertThat(RunFormat.text(RunColumn.TRAINING_IMAGES, usual)).isEqualTo("10,000");
    assertThat(RunFormat.text(RunColumn.BEST_EPOCH, usual)).isEqualTo("4");
  }
}
