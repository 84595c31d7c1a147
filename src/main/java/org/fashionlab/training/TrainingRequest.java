package org.fashionlab.training;

import java.util.UUID;
import org.fashionlab.model.ModelSpec;

/**
 * A training to queue: the spec, who asked, and, for tuning studies, the study, trial and
 * cross-validation fold it belongs to.
 *
 * @param fold the k-fold split to validate on instead of the spec's hold-out split, or null
 * @param studyId the tuning study this run belongs to, or null
 * @param trial the trial's index within its study, or -1
 */
public record TrainingRequest(ModelSpec spec, String owner, Fold fold, UUID studyId, int trial) {

  /** One fold of a k-fold cross-validation: fold {@code index} (0-based) of {@code k}. */
  public record Fold(int k, int index) {
    public Fold {
      if (k < 2 || index < 0 || index >= k) {
        throw new IllegalArgumentException("fold " + index + " of " + k + " does not exist");
      }
    }
  }

  /** A plain training outside any study. */
  public static TrainingRequest of(ModelSpec spec, String owner) {
    return new TrainingRequest(spec, owner, null, null, -1);
  }
}
