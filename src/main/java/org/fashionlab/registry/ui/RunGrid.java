package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.registry.RunColumn;
import org.fashionlab.registry.RunSummary;

/**
 * Every run in a sortable, filterable multi-select tree grid: a tuning study is one row, its best
 * trial, with the other trials inside. The columns a comparison needs are shown, the rest are
 * chosen (see {@link ColumnChooser}); "differences only" shows the name and the columns in which
 * the selected runs (or all runs, with fewer than two selected) differ. The row with the best test
 * accuracy carries the part name {@value #BEST}.
 */
final class RunGrid extends Composite<TreeGrid<RunSummary>> {

  static final String BEST = "best-run";

  /** What the table shows before anything is chosen: it fits at 1280 px. */
  static final Set<RunColumn> FIRST_SHOWN =
      EnumSet.of(
          RunColumn.NAME,
          RunColumn.OWNER,
          RunColumn.KIND,
          RunColumn.PARAMETERS,
          RunColumn.VALIDATION_ACCURACY,
          RunColumn.TEST_ACCURACY,
          RunColumn.TRAINING_SECONDS);

  private static final Set<RunColumn> TEXT =
      EnumSet.of(
          RunColumn.NAME,
          RunColumn.OWNER,
          RunColumn.KIND,
          RunColumn.ARCHITECTURE,
          RunColumn.OPTIMIZER,
          RunColumn.ACTIVATION,
          RunColumn.STATUS,
          RunColumn.CREATED);

  private final Map<RunColumn, Grid.Column<RunSummary>> columns = new EnumMap<>(RunColumn.class);
  private final Set<RunColumn> chosen = EnumSet.copyOf(FIRST_SHOWN);
  private final TreeData<RunSummary> tree = new TreeData<>();
  private final TreeDataProvider<RunSummary> provider = new TreeDataProvider<>(tree);
  private List<RunSummary> all = List.of();
  private SerializablePredicate<RunSummary> filter = run -> true;
  private Map<UUID, Integer> groupSizes = Map.of();
  private UUID best;
  private boolean differencesOnly;

  RunGrid(RunActions actions) {
    TreeGrid<RunSummary> grid = getContent();
    grid.setId("runs");
    ((GridMultiSelectionModel<RunSummary>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
        .setSelectionColumnFrozen(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setMultiSort(true);
    grid.setDataProvider(provider);
    columns.put(
        RunColumn.NAME, configure(RunColumn.NAME, grid.addComponentHierarchyColumn(this::name)));
    for (RunColumn column : RunColumn.values()) {
      if (column != RunColumn.NAME) {
        columns.put(column, configure(column, grid.addColumn(run -> RunFormat.text(column, run))));
      }
    }
    columns
        .get(RunColumn.NAME)
        .setFrozen(true)
        .setFlexGrow(1)
        .setTooltipGenerator(RunSummary::name);
    columns.get(RunColumn.STATUS).setTooltipGenerator(RunSummary::message);
    Grid.Column<RunSummary> actionColumn =
        grid.addComponentColumn(actions::create)
            .setHeader("Actions")
            .setKey("actions")
            .setAutoWidth(true)
            .setFlexGrow(0)
            .setFrozenToEnd(true);
    List<Grid.Column<RunSummary>> order = new ArrayList<>();
    FIRST_SHOWN.stream()
        .sorted(Comparator.comparingInt(RunGrid::firstOrder))
        .map(columns::get)
        .forEach(order::add);
    columns.forEach(
        (column, gridColumn) -> {
          if (!FIRST_SHOWN.contains(column)) {
            order.add(gridColumn);
          }
        });
    order.add(actionColumn);
    grid.setColumnOrder(order);
    grid.setPartNameGenerator(run -> run.id().equals(best) ? BEST : null);
    grid.asMultiSelect().addValueChangeListener(e -> updateColumnVisibility());
    grid.setAllRowsVisible(true);
    updateColumnVisibility();
  }

  /** Name, owner, kind, parameters, then the accuracies before the time, as one reads a result. */
  private static int firstOrder(RunColumn column) {
    return column == RunColumn.TRAINING_SECONDS ? Integer.MAX_VALUE : column.ordinal();
  }

  private Div name(RunSummary run) {
    Div name = new Div(RunLink.to(run.id(), run.name()));
    name.addClassName("fl-run-name-cell");
    Integer trials = groupSizes.get(run.id());
    if (trials != null) {
      Span study = new Span(" · best of " + trials + " study runs");
      study.addClassName("fl-study-best");
      name.add(study);
    }
    return name;
  }

  private Grid.Column<RunSummary> configure(RunColumn column, Grid.Column<RunSummary> created) {
    created
        .setKey(column.name())
        .setHeader(column.header())
        .setComparator(comparator(column))
        .setSortable(true)
        .setResizable(true)
        .setWidth(width(column))
        .setFlexGrow(0);
    if (!TEXT.contains(column)) {
      created.setTextAlign(ColumnTextAlign.END);
    }
    return created;
  }

  /**
   * Wide enough for the header, its sort arrows and the usual values, narrow enough that the first
   * shown columns fit at 1280 px. In rem: an em width would follow each cell's font, and header and
   * body cells would drift apart.
   */
  private static String width(RunColumn column) {
    return switch (column) {
      case NAME -> "9rem";
      case KIND -> "4.5rem";
      case BATCH_SIZE, SEED, EPOCHS, DROPOUT -> "5.5rem";
      case ARCHITECTURE -> "10.5rem";
      case CREATED -> "10rem";
      case VALIDATION_ACCURACY, TEST_ACCURACY, TRAINING_SECONDS -> "6.5rem";
      case PARAMETERS -> "7.5rem";
      default -> "7rem";
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
    StudyGroups groups = StudyGroups.of(all);
    groupSizes = groups.sizes();
    tree.clear();
    tree.addRootItems(groups.roots());
    groups.trials().forEach(tree::addItems);
    provider.refreshAll();
    getContent()
        .asMultiSelect()
        .setValue(all.stream().filter(r -> selected.contains(r.id())).collect(Collectors.toSet()));
    updateColumnVisibility();
  }

  void setFilter(SerializablePredicate<RunSummary> newFilter) {
    filter = newFilter;
    provider.setFilter(filter);
  }

  void setDifferencesOnly(boolean on) {
    differencesOnly = on;
    updateColumnVisibility();
  }

  /** Shows or hides a column (the column chooser's choice). */
  void showColumn(RunColumn column, boolean shown) {
    if (shown) {
      chosen.add(column);
    } else if (column != RunColumn.NAME) {
      chosen.remove(column);
    }
    updateColumnVisibility();
  }

  Set<RunColumn> chosenColumns() {
    return EnumSet.copyOf(chosen);
  }

  private void updateColumnVisibility() {
    List<RunSummary> selected = selected();
    Set<RunColumn> same = RunColumn.agreeing(selected.size() >= 2 ? selected : all);
    columns.forEach(
        (column, gridColumn) ->
            gridColumn.setVisible(
                differencesOnly
                    ? column == RunColumn.NAME || !same.contains(column)
                    : chosen.contains(column)));
  }

  /** The runs that pass the filter, study trials included, in the grid's current sort order. */
  List<RunSummary> visibleRuns() {
    List<RunSummary> shown = new ArrayList<>();
    for (RunSummary root : tree.getRootItems()) {
      shown.add(root);
      shown.addAll(tree.getChildren(root));
    }
    Comparator<RunSummary> sorting = getContent().getDataCommunicator().getInMemorySorting();
    return shown.stream().filter(filter).sorted(sorting == null ? (a, b) -> 0 : sorting).toList();
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
