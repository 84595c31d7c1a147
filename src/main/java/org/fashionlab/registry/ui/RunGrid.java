package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.registry.RunColumn;
import org.fashionlab.registry.RunSummary;

/**
 * Every run in a sortable, filterable multi-select grid. The row with the best test accuracy
 * carries the part name {@value #BEST}; "differences only" hides the columns in which the selected
 * runs (or all runs, with fewer than two selected) agree.
 */
final class RunGrid extends Composite<Grid<RunSummary>> {

  static final String BEST = "best-run";
  private static final Set<RunColumn> NUMERIC =
      EnumSet.of(
          RunColumn.PARAMETERS,
          RunColumn.LEARNING_RATE,
          RunColumn.BATCH_SIZE,
          RunColumn.EPOCHS,
          RunColumn.TRAINING_SECONDS,
          RunColumn.TRAIN_ACCURACY,
          RunColumn.VALIDATION_ACCURACY,
          RunColumn.TEST_ACCURACY,
          RunColumn.TEST_LOSS);

  private final Map<RunColumn, Grid.Column<RunSummary>> columns = new EnumMap<>(RunColumn.class);
  private List<RunSummary> all = List.of();
  private SerializablePredicate<RunSummary> filter = run -> true;
  private UUID best;
  private boolean differencesOnly;

  RunGrid(RunActions actions) {
    Grid<RunSummary> grid = getContent();
    grid.setId("runs");
    ((GridMultiSelectionModel<RunSummary>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
        .setSelectionColumnFrozen(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setMultiSort(true);
    for (RunColumn column : RunColumn.values()) {
      columns.put(column, createColumn(column));
    }
    columns.get(RunColumn.NAME).setFrozen(true).setFlexGrow(1);
    columns.get(RunColumn.STATUS).setTooltipGenerator(RunSummary::message);
    grid.addComponentColumn(actions::create)
        .setHeader("Actions")
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.setPartNameGenerator(run -> run.id().equals(best) ? BEST : null);
    grid.asMultiSelect().addValueChangeListener(e -> updateColumnVisibility());
    grid.setAllRowsVisible(true);
  }

  private Grid.Column<RunSummary> createColumn(RunColumn column) {
    Grid.Column<RunSummary> created =
        getContent()
            .addColumn(run -> RunFormat.text(column, run))
            .setKey(column.name())
            .setHeader(column.header())
            .setComparator(comparator(column))
            .setSortable(true)
            .setResizable(true)
            .setWidth(width(column))
            .setFlexGrow(0);
    if (NUMERIC.contains(column)) {
      created.setTextAlign(ColumnTextAlign.END);
    }
    return created;
  }

  /**
   * Wide enough for the header, its sort arrows and the usual values. In rem: an em width would
   * follow each cell's font, and header and body cells would drift apart.
   */
  private static String width(RunColumn column) {
    return switch (column) {
      case NAME -> "13rem";
      case KIND, BATCH_SIZE -> "6rem";
      case ARCHITECTURE -> "10.5rem";
      case CREATED -> "12rem";
      case LEARNING_RATE -> "9.5rem";
      case TRAINING_SECONDS -> "9rem";
      default -> "8rem";
    };
  }

  /** Raw values in natural order, empty cells last in either direction. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<RunSummary> comparator(RunColumn column) {
    Comparator<Comparable> natural = Comparator.naturalOrder();
    return (a, b) -> {
      Comparable x = (Comparable) column.value(a);
      Comparable y = (Comparable) column.value(b);
      if (x == null || y == null) {
        return x == y ? 0 : x == null ? -1 : 1;
      }
      return natural.compare(x, y);
    };
  }

  void setRuns(List<RunSummary> runs) {
    Set<UUID> selected = selectedIds();
    all = List.copyOf(runs);
    best =
        all.stream()
            .filter(r -> r.testAccuracy() != null && Double.isFinite(r.testAccuracy()))
            .max(Comparator.comparingDouble(RunSummary::testAccuracy))
            .map(RunSummary::id)
            .orElse(null);
    getContent().setItems(all).setFilter(filter);
    getContent()
        .asMultiSelect()
        .setValue(all.stream().filter(r -> selected.contains(r.id())).collect(Collectors.toSet()));
    updateColumnVisibility();
  }

  void setFilter(SerializablePredicate<RunSummary> newFilter) {
    filter = newFilter;
    getContent().getListDataView().setFilter(filter);
  }

  void setDifferencesOnly(boolean on) {
    differencesOnly = on;
    updateColumnVisibility();
  }

  private void updateColumnVisibility() {
    List<RunSummary> selected = selected();
    Set<RunColumn> same = RunColumn.agreeing(selected.size() >= 2 ? selected : all);
    columns.forEach(
        (column, gridColumn) ->
            gridColumn.setVisible(
                !differencesOnly || column == RunColumn.NAME || !same.contains(column)));
  }

  /** The runs that pass the filter, in the grid's current sort order. */
  List<RunSummary> visibleRuns() {
    return getContent().getListDataView().getItems().toList();
  }

  List<RunSummary> allRuns() {
    return all;
  }

  /** The selected runs, in table order. */
  List<RunSummary> selected() {
    Set<UUID> ids = selectedIds();
    return all.stream().filter(r -> ids.contains(r.id())).toList();
  }

  private Set<UUID> selectedIds() {
    return getContent().getSelectedItems().stream()
        .map(RunSummary::id)
        .collect(Collectors.toCollection(HashSet::new));
  }

  Grid.Column<RunSummary> column(RunColumn column) {
    return columns.get(column);
  }
}
