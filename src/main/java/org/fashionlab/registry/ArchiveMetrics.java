package org.fashionlab.registry;

import java.util.List;
import java.util.Locale;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;
import org.fashionlab.training.TestResult;

/**
 * The metrics.json of an exported model: how it trained and how it scored, as the archive claims.
 * On import the test figures are measured again and these are only compared with them; the training
 * history, which cannot be measured again, is kept only when it is plausible.
 */
record ArchiveMetrics(
    String owner,
    Double trainingSeconds,
    List<EpochMetrics> history,
    List<LossPoint> losses,
    Double testAccuracy,
    Double testLoss,
    int[][] confusion,
    int[] testPredictions) {

  static final int MAX_OWNER_SHOWN = 80;
  private static final int MAX_EPOCHS = 100;
  private static final int MAX_LOSS_POINTS = 100 * 1000;

  /** The trainer's name as the archive gives it, shortened to fit a message, or null. */
  String trainer() {
    if (owner == null || owner.isBlank()) {
      return null;
    }
    String name = owner.strip();
    return name.length() > MAX_OWNER_SHOWN ? name.substring(0, MAX_OWNER_SHOWN) + "…" : name;
  }

  /** Whether the epoch history could be a real one: epochs 1, 2, ..., shares in [0, 1]. */
  boolean plausibleHistory() {
    if (history == null || history.size() > MAX_EPOCHS) {
      return false;
    }
    for (int i = 0; i < history.size(); i++) {
      EpochMetrics m = history.get(i);
      if (m == null) {
        return false;
      }
      boolean validation = m.hasValidation();
      if (m.epoch() != i + 1
          || !share(m.trainAccuracy())
          || !loss(m.trainLoss())
          || (validation && (!share(m.validationAccuracy()) || !loss(m.validationLoss())))
          || !(m.seconds() >= 0 && Double.isFinite(m.seconds()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the loss curve could be a real one: finite, non-negative, steps increasing. */
  boolean plausibleLosses() {
    if (losses == null || losses.size() > MAX_LOSS_POINTS) {
      return false;
    }
    long step = 0;
    for (LossPoint point : losses) {
      if (point == null || point.step() <= step || !loss(point.loss())) {
        return false;
      }
      step = point.step();
    }
    return true;
  }

  /** The claimed training time when it is a time, else null. */
  Double plausibleTrainingSeconds() {
    return trainingSeconds != null && trainingSeconds >= 0 && Double.isFinite(trainingSeconds)
        ? trainingSeconds
        : null;
  }

  /**
   * What the run's message says about the claims, compared with the measured results: empty when
   * they agree, else the claimed accuracy (or why it is impossible) and what was left out.
   */
  String notes(TestResult measured) {
    StringBuilder notes = new StringBuilder();
    if (testAccuracy != null) {
      if (!(testAccuracy >= 0 && testAccuracy <= 1)) {
        notes.append(
            String.format(
                Locale.ROOT,
                " The archive claimed a test accuracy of %s, which is not a share between 0 and 1.",
                testAccuracy));
      } else if (Math.abs(testAccuracy - measured.accuracy()) >= 0.0005) {
        notes.append(
            String.format(
                Locale.ROOT, " The archive claimed %.1f%% test accuracy.", testAccuracy * 100));
      }
    }
    if (history != null && !history.isEmpty() && !plausibleHistory()) {
      notes.append(" Its training history was left out: it is not a plausible one.");
    }
    if (losses != null && !losses.isEmpty() && !plausibleLosses()) {
      notes.append(" Its loss curve was left out: it is not a plausible one.");
    }
    return notes.toString();
  }

  private static boolean share(float value) {
    return value >= 0 && value <= 1;
  }

  private static boolean loss(float value) {
    return value >= 0 && Float.isFinite(value);
  }
}
