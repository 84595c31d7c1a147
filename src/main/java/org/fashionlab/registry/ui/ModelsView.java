package org.fashionlab.registry.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.base.ui.ScopeChoice;
import org.fashionlab.base.ui.UiEventBuffer;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.RunChange;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.Subscription;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunArchive;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.CurrentUser;

/** Every stored run: compare, filter, rename, delete, export, import, and try one test image. */
@PermitAll
@Route(value = "models", layout = MainLayout.class)
@PageTitle("Models · Fashion Lab")
@Menu(order = 3, icon = "vaadin:table", title = "Models")
class ModelsView extends Div {

  private static final long PUSH_INTERVAL_MILLIS = 500;

  private final RunService runs;
  private final RunFeed feed;
  private final Div empty = createEmptyState();
  private final RunFilter filter = new RunFilter(this::applyFilter);
  private final Checkbox differencesOnly = new Checkbox("Differences only");
  private final RunGrid grid;
  private final ComparePanel compare = new ComparePanel();
  private final SingleImagePanel singleImage;
  private final RunAccess access;
  private final ScopeChoice scope;
  private List<RunSummary> shownSelection;
  private List<RunSummary> shownModels;
  private UiEventBuffer<RunChange> changes;
  private Subscription subscription;

  ModelsView(
      RunService runs,
      RunAccess access,
      TrainingQueue queue,
      RunArchive archive,
      RunFeed feed,
      DatasetService datasets,
      CurrentUser currentUser) {
    this.runs = runs;
    this.access = access;
    this.feed = feed;
    this.scope = new ScopeChoice("run-scope", currentUser.require().isTeacher(), s -> refresh());
    this.grid = new RunGrid(new RunActions(access, queue, archive, this::refresh));
    this.singleImage = new SingleImagePanel(runs, datasets);
    addClassName("fl-models-view");
    differencesOnly.setId("differences-only");
    differencesOnly.addValueChangeListener(e -> grid.setDifferencesOnly(e.getValue()));
    grid.getContent().asMultiSelect().addValueChangeListener(e -> showSelection());
    add(
        new H2("Models"),
        empty,
        createToolbar(archive, currentUser.username()),
        grid,
        compare,
        singleImage);
  }

  private static Div createEmptyState() {
    Paragraph text =
        new Paragraph(
            "No models yet. Train one on the Train page: pick a preset such as \"Course MLP\","
                + " press Start training, and it appears here when it is queued. Or import a"
                + " model zip that someone exported from Fashion Lab.");
    Anchor train = new Anchor("train", "Go to the Train page");
    Div empty = new Div(text, train);
    empty.setId("empty-state");
    empty.addClassName("fl-empty-state");
    return empty;
  }

  private Div createToolbar(RunArchive archive, String owner) {
    CsvDownload download = new CsvDownload(grid::visibleRuns);
    ImportUpload upload = new ImportUpload(archive, owner, this::refresh);
    ColumnChooser columns = new ColumnChooser(grid.chosenColumns(), grid::showColumn);
    Div toolbar = new Div(scope, filter, columns, differencesOnly, download, upload);
    toolbar.addClassName("fl-models-toolbar");
    return toolbar;
  }

  private void applyFilter() {
    grid.setFilter(filter.predicate());
  }

  /** Reloads the runs from the registry, keeping the selection. */
  void refresh() {
    List<RunSummary> all = runsToShow();
    grid.setRuns(all);
    empty.setVisible(all.isEmpty());
    grid.setVisible(!all.isEmpty());
    compare.setVisible(!all.isEmpty());
    showSelection();
  }

  /** The runs the signed-in person sees in the chosen scope: the only source of the table. */
  private List<RunSummary> runsToShow() {
    return access.list(scope.scope());
  }

  private void showSelection() {
    List<RunSummary> selected = grid.selected();
    if (!selected.equals(shownSelection)) {
      shownSelection = selected;
      boolean comparable =
          selected.size() >= ComparePanel.MIN && selected.size() <= ComparePanel.MAX;
      compare.show(
          selected.size(),
          comparable
              ? selected.stream().flatMap(r -> access.details(r.id()).stream()).toList()
              : List.of());
    }
    List<RunSummary> models = runs.predictable(selected);
    if (models.isEmpty()) {
      // Unless chosen, a study's trials stay out: a study trains dozens of them.
      models = runs.predictable(grid.allRuns().stream().filter(r -> r.studyId() == null).toList());
    }
    if (!models.equals(shownModels)) {
      shownModels = models;
      singleImage.setModels(models);
    }
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    changes = new UiEventBuffer<>(attachEvent.getUI(), PUSH_INTERVAL_MILLIS, batch -> refresh());
    subscription =
        feed.subscribe(
            change -> {
              if (change.kind() != RunChange.Kind.PROGRESS) {
                changes.offer(change);
              }
            });
    refresh();
  }

  @Override
  protected void onDetach(DetachEvent detachEvent) {
    changes.close();
    subscription.close();
  }
}
