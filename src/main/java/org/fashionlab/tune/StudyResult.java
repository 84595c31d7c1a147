package org.fashionlab.tune;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A study and how far it is.
 *
 * @param status RUNNING while runs are queued or training; else FINISHED, CANCELLED or INTERRUPTED
 *     (the server stopped during it; finished trials are kept)
 * @param ownerId the owner's account ({@code owner} is its username)
 */
public record StudyResult(
    UUID id,
    String name,
    String owner,
    Instant createdAt,
    StudySpec spec,
    String status,
    int runsDone,
    int runs,
    List<TrialResult> trials,
    UUID ownerId) {

  public Optional<TrialResult> best() {
    return trials.stream().filter(TrialResult::best).findFirst();
  }
}
