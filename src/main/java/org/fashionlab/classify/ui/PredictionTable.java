package org.fashionlab.classify.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Comparator;
import java.util.List;
import org.fashionlab.base.ui.ProbabilityBars;
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.classify.Classification;
import org.fashionlab.classify.ModelPrediction;

/**
 * Every model's answer to one photo in one sortable table (model, top class, its probability,
 * whether it agrees with the majority); the bar charts only for the models ticked.
 */
final class PredictionTable extends Composite<VerticalLayout> {

  private final Grid<ModelPrediction> table = new Grid<>();
  private final GridMultiSelectionModel<ModelPrediction> ticks;
  private final Span hint = new Span("Tick models to see their probabilities as bars.");
  private final Div cards = new Div();
  private String majority;

  PredictionTable() {
    table.setId("prediction-table");
    ticks =
        (GridMultiSelectionModel<ModelPrediction>) table.setSelectionMode(Grid.SelectionMode.MULTI);
    table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    table.setAllRowsVisible(true);
    table.setMultiSort(true);
    table
        .addColumn(modelLink())
        .setHeader("Model")
        .setKey("model")
        .setComparator(ModelPrediction::runName)
        .setTooltipGenerator(p -> p.runName() + " (" + p.architecture() + ")")
        .setFlexGrow(2);
    table
        .addColumn(p -> p.best().className())
        .setHeader("Top class")
        .setKey("class")
        .setSortable(true);
    table
        .addColumn(p -> ProbabilityBars.percent(p.best().probability()))
        .setHeader("Probability")
        .setKey("probability")
        .setComparator(Comparator.comparingDouble(p -> p.best().probability()))
        .setTextAlign(ColumnTextAlign.END);
    table
        .addColumn(p -> agrees(p) ? "yes" : "no")
        .setHeader("Agrees with majority")
        .setKey("agrees")
        .setSortable(true);
    table.asMultiSelect().addValueChangeListener(e -> showCards());
    hint.addClassName("fl-hint");
    cards.setId("model-predictions");
    cards.addClassName("fl-predictions");
    // Shown, empty, from the start: the browser sets the table up while the page loads, not in
    // the push that brings the answers (bench/classify -Dbrowser=true, 40 models: drawing after the
    // push 104-109 ms at p50 against 160-199, the push 10.5 thousand characters against 19.6).
    table.setEmptyStateText("Upload a photo: each model's answer appears here, one row a model.");
    ticks.setSelectAllCheckboxVisibility(SelectAllCheckboxVisibility.HIDDEN); // nothing to tick yet
    hint.setVisible(false);
    getContent().setPadding(false);
    getContent().add(table, hint, cards);
  }

  /** Before the first photo: the empty table while there is a model to answer, else nothing. */
  void awaitPhoto(boolean anyModel) {
    getContent().setVisible(anyModel);
  }

  void show(Classification result) {
    majority = result.majority();
    table.deselectAll();
    table.setItems(result.predictions());
    ticks.setSelectAllCheckboxVisibility(
        result.predictions().isEmpty()
            ? SelectAllCheckboxVisibility.HIDDEN
            : SelectAllCheckboxVisibility.VISIBLE);
    getContent().setVisible(!result.predictions().isEmpty());
    hint.setVisible(true);
    showCards();
  }

  /**
   * The run's link drawn in the browser from two strings: a link component (RunLink) per row cost
   * 40 components on both sides each time the table is filled again.
   */
  private static LitRenderer<ModelPrediction> modelLink() {
    return LitRenderer.<ModelPrediction>of(
            "<a class=\"fl-run-link\" href=${item.href} router-link>${item.name}</a>")
        .withProperty("href", p -> RunLink.path(p.runId()))
        .withProperty("name", ModelPrediction::runName);
  }

  private boolean agrees(ModelPrediction p) {
    return p.best().className().equals(majority);
  }

  private void showCards() {
    cards.removeAll();
    List<ModelPrediction> ticked =
        table.getListDataView().getItems().filter(table.getSelectedItems()::contains).toList();
    ticked.forEach(p -> cards.add(new PredictionBars(p)));
  }
}
