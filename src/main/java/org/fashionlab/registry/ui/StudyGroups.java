package org.fashionlab.registry.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fashionlab.registry.RunSummary;

/**
 * Runs grouped for the comparison table: every run outside a study is a row of its own; a study is
 * one row, its best run (highest validation accuracy, then test accuracy), with its other runs
 * under it.
 *
 * @param roots the top-level rows, in the order of the runs given
 * @param trials each study's best run with the study's other runs
 * @param sizes each study's best run with the number of runs of its study
 */
record StudyGroups(
    List<RunSummary> roots, Map<RunSummary, List<RunSummary>> trials, Map<UUID, Integer> sizes) {

  private static final Comparator<RunSummary> BEST =
      Comparator.comparing((RunSummary r) -> orLowest(r.finalValidationAccuracy()))
          .thenComparing(r -> orLowest(r.testAccuracy()));

  static StudyGroups of(List<RunSummary> runs) {
    Map<UUID, List<RunSummary>> studies = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (RunSummary run : runs) {
      if (run.studyId() == null) {
        order.add(run);
      } else {
        studies
            .computeIfAbsent(
                run.studyId(),
                id -> {
                  order.add(id);
                  return new ArrayList<>();
                })
            .add(run);
      }
    }
    List<RunSummary> roots = new ArrayList<>();
    Map<RunSummary, List<RunSummary>> trials = new LinkedHashMap<>();
    Map<UUID, Integer> sizes = new LinkedHashMap<>();
    for (Object row : order) {
      if (row instanceof RunSummary run) {
        roots.add(run);
        continue;
      }
      List<RunSummary> study = studies.get(row);
      RunSummary best = study.stream().max(BEST).orElseThrow();
      roots.add(best);
      trials.put(best, study.stream().filter(r -> r != best).toList());
      sizes.put(best.id(), study.size());
    }
    return new StudyGroups(roots, trials, sizes);
  }

  private static double orLowest(Double value) {
    return value == null || value.isNaN() ? Double.NEGATIVE_INFINITY : value;
  }
}
