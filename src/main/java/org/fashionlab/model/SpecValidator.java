package org.fashionlab.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a {@link ModelSpec}: each field against its bounds (Jakarta Bean Validation annotations on
 * the records), then the network as a whole (shapes that must not shrink below one pixel, a
 * training subset that leaves images to train on).
 */
public final class SpecValidator {

  private static final Validator VALIDATOR;

  static {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      VALIDATOR = factory.getValidator();
    }
  }

  private SpecValidator() {}

  /** All problems with {@code spec}, empty when it can be trained. */
  public static List<SpecViolation> violations(ModelSpec spec) {
    return violations(spec, false);
  }

  /**
   * All problems with {@code spec}, empty when it can be trained.
   *
   * @param validatedByFolds whether cross-validation folds provide the validation data (a tuning
   *     study's k-fold trials), so that early stopping needs no validation split
   */
  public static List<SpecViolation> violations(ModelSpec spec, boolean validatedByFolds) {
    List<SpecViolation> found = new ArrayList<>();
    for (ConstraintViolation<ModelSpec> v : VALIDATOR.validate(spec)) {
      found.add(new SpecViolation(path(v), v.getMessage()));
    }
    if (found.isEmpty()) {
      found.addAll(NetworkSummary.of(spec.network()).problems());
      found.addAll(trainingProblems(spec.training(), validatedByFolds));
    }
    found.sort(Comparator.comparing(SpecViolation::field));
    return found;
  }

  /** Throws {@link InvalidSpecException} listing every problem, if there is any. */
  public static ModelSpec requireValid(ModelSpec spec) {
    return requireValid(spec, false);
  }

  /**
   * Throws {@link InvalidSpecException} listing every problem, if there is any.
   *
   * @param validatedByFolds see {@link #violations(ModelSpec, boolean)}
   */
  public static ModelSpec requireValid(ModelSpec spec, boolean validatedByFolds) {
    List<SpecViolation> found = violations(spec, validatedByFolds);
    if (!found.isEmpty()) {
      throw new InvalidSpecException(found);
    }
    return spec;
  }

  private static List<SpecViolation> trainingProblems(
      TrainingSettings training, boolean validatedByFolds) {
    List<SpecViolation> found = new ArrayList<>();
    if (training.earlyStoppingPatience() > 0
        && training.validationSplit() == 0
        && !validatedByFolds) {
      // Without held-out images there is no validation loss to watch: the patience would be
      // ignored silently.
      found.add(
          new SpecViolation(
              "training.earlyStoppingPatience",
              "early stopping watches the validation loss: set a validation split above 0, or"
                  + " patience 0"));
    }
    int limit = training.trainingLimit();
    if (limit > 0 && limit < 100) {
      found.add(
          new SpecViolation(
              "training.trainingLimit", "use 0 for all images, or at least 100 images"));
    }
    return found;
  }

  private static String path(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replace(".<list element>", "");
  }
}
