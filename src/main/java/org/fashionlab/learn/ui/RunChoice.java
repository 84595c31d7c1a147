package org.fashionlab.learn.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.fashionlab.account.Scope;
import org.fashionlab.base.ui.RunLink;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** A choice of finished runs, newest first, with a link to the chosen run's page. */
final class RunChoice {

  private RunChoice() {}

  static Select<RunSummary> create(String id, String label) {
    Select<RunSummary> select = new Select<>();
    select.setId(id);
    select.setLabel(label);
    select.setWidth("28em");
    select.setItemLabelGenerator(RunChoice::label);
    select.setEmptySelectionAllowed(false);
    select.addValueChangeListener(
        e ->
            select.setHelperComponent(
                e.getValue() == null ? null : RunLink.to(e.getValue().id(), "Open its run page")));
    return select;
  }

  /**
   * Fills the choice with the finished runs that pass {@code filter}, leaving out the trials of
   * tuning studies (a study trains dozens of them); selects the newest.
   */
  static List<RunSummary> fill(
      Select<RunSummary> select, RunAccess runs, Predicate<RunSummary> filter) {
    List<RunSummary> finished =
        runs.list(Scope.CLASS).stream()
            .filter(r -> r.status() == RunStatus.FINISHED && r.studyId() == null)
            .filter(filter)
            .toList();
    select.setItems(finished);
    select.setPlaceholder(finished.isEmpty() ? "No finished run yet: train one first" : "");
    if (!finished.isEmpty()) {
      select.setValue(finished.get(0));
    }
    return finished;
  }

  static String label(RunSummary run) {
    String accuracy =
        run.testAccuracy() == null
            ? ""
            : String.format(Locale.ROOT, " · %.1f%%", 100 * run.testAccuracy());
    return run.name() + " · " + run.kind() + " " + run.architecture() + accuracy;
  }
}
