package org.fashionlab.tune;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.model.SpecViolation;

/** Checks a study and expands its grid into trials, refusing with every reason at once. */
public final class StudyPlanner {

  static final int MAX_NAME_LENGTH = 80;

  private final int maxTrials;
  private final ComputeBudgets budgets;

  public StudyPlanner(int maxTrials, ComputeBudgets budgets) {
    this.maxTrials = maxTrials;
    this.budgets = budgets;
  }

  /** Number of combinations of a grid (1 for an empty grid). */
  public static long combinations(List<GridAxis> grid) {
    long n = 1;
    for (GridAxis axis : grid) {
      n *= Math.max(1, axis.values().size());
    }
    return n;
  }

  /**
   * The study's trials, in grid order (the last axis varies fastest).
   *
   * @throws InvalidStudyException listing every problem
   */
  public List<Trial> plan(StudySpec study) {
    List<String> problems = new ArrayList<>(shapeProblems(study));
    if (!problems.isEmpty()) {
      throw new InvalidStudyException(problems);
    }
    List<Trial> trials = new ArrayList<>();
    expand(study, 0, new EnumMap<>(Hyperparameter.class), trials, problems);
    for (Trial trial : trials) {
      boolean folds = study.selection() == Selection.K_FOLD;
      for (SpecViolation v : SpecValidator.violations(trial.spec(), folds)) {
        problems.add(trial.describe() + ": " + v.message());
      }
      for (SpecViolation v : budgets.violations(trial.spec())) {
        problems.add(trial.describe() + ": " + v.message());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidStudyException(problems.stream().distinct().toList());
    }
    return trials;
  }

  /**
   * The trials of a study that was checked when it started, without checking them again: limits and
   * rules may have changed since, and its results must still show.
   */
  public List<Trial> storedTrials(StudySpec study) {
    List<Trial> trials = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    expand(study, 0, new EnumMap<>(Hyperparameter.class), trials, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Stored study cannot be expanded: " + problems);
    }
    return trials;
  }

  private List<String> shapeProblems(StudySpec study) {
    List<String> problems = new ArrayList<>();
    if (study.name() == null || study.name().isBlank()) {
      problems.add("give the study a name");
    } else if (study.name().strip().length() > MAX_NAME_LENGTH) {
      problems.add("the study name can have at most " + MAX_NAME_LENGTH + " characters");
    }
    if (study.base() == null) {
      problems.add("choose a base model");
    }
    if (study.grid().isEmpty()) {
      problems.add("vary at least one hyperparameter");
    }
    Set<Hyperparameter> seen = new HashSet<>();
    for (GridAxis axis : study.grid()) {
      if (axis.parameter() == null) {
        problems.add("every grid column needs a hyperparameter");
      } else if (!seen.add(axis.parameter())) {
        problems.add(axis.parameter().label() + " appears twice in the grid");
      } else if (axis.values().isEmpty()) {
        problems.add("give at least one value for " + axis.parameter().label());
      } else if (new HashSet<>(axis.values()).size() < axis.values().size()) {
        problems.add(axis.parameter().label() + " lists a value twice");
      }
    }
    long trials = combinations(study.grid());
    if (trials > maxTrials) {
      problems.add(
          "this grid has " + trials + " trials; the limit is " + maxTrials + ". Use fewer values.");
    }
    if (study.selection() == Selection.K_FOLD && (study.folds() < 2 || study.folds() > 10)) {
      problems.add("k-fold cross-validation needs k between 2 and 10");
    }
    if (study.selection() == Selection.HOLD_OUT
        && study.base() != null
        && study.base().training().validationSplit() <= 0) {
      problems.add(
          "hold-out selection needs a validation split above 0: set one (e.g. 0.2), or choose"
              + " k-fold cross-validation");
    }
    return problems;
  }

  private void expand(
      StudySpec study,
      int axisIndex,
      Map<Hyperparameter, String> chosen,
      List<Trial> trials,
      List<String> problems) {
    if (axisIndex == study.grid().size()) {
      Map<Hyperparameter, String> values = new LinkedHashMap<>();
      study.grid().forEach(axis -> values.put(axis.parameter(), chosen.get(axis.parameter())));
      ModelSpec spec = study.base();
      try {
        for (Map.Entry<Hyperparameter, String> e : chosen.entrySet()) {
          spec = e.getKey().apply(spec, e.getValue());
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        return;
      }
      int index = trials.size();
      trials.add(new Trial(index, values, spec.withName(trialName(study, index))));
      return;
    }
    GridAxis axis = study.grid().get(axisIndex);
    for (String value : axis.values()) {
      chosen.put(axis.parameter(), value);
      expand(study, axisIndex + 1, chosen, trials, problems);
    }
    chosen.remove(axis.parameter());
  }

  private static String trialName(StudySpec study, int index) {
    String name = study.name().strip() + " #" + (index + 1);
    return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
  }
}
