package org.fashionlab.registry.ui;

import java.time.Instant;
import java.util.UUID;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;

/** Made-up finished runs for tests of the table's shape (never stored). */
final class Summaries {

  private Summaries() {}

  static RunSummary run(String name, UUID studyId, double validationAccuracy, double learningRate) {
    return new RunSummary(
        UUID.randomUUID(),
        name,
        "anna",
        "MLP",
        "784-128-10",
        101_770,
        "Adam",
        learningRate,
        32,
        5,
        5,
        12.5,
        0.9,
        validationAccuracy,
        validationAccuracy - 0.01,
        0.4,
        RunStatus.FINISHED,
        null,
        Instant.parse("2025-01-02T03:04:05Z"),
        studyId,
        studyId == null ? null : 0,
        null,
        UUID.randomUUID(),
        false,
        "ReLU",
        0.25,
        0.2,
        10_000,
        7,
        4,
        null);
  }
}
