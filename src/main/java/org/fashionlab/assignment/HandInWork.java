package org.fashionlab.assignment;

import java.util.List;
import java.util.UUID;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.tune.StudyResult;

/**
 * A student's Lab 5 hand-in: their answers step by step and the work the figures are drawn from.
 *
 * @param best their best submitted run (highest validation accuracy), or null before a submission
 * @param study their newest tuning study, or null
 * @param submitted their submissions, test accuracy as the viewer may see it
 */
public record HandInWork(
    AssignmentSummary assignment,
    UUID studentId,
    String studentName,
    List<HandInStep> steps,
    RunDetails best,
    StudyResult study,
    List<SubmissionRow> submitted,
    boolean editable) {

  public HandInWork {
    steps = List.copyOf(steps);
    submitted = List.copyOf(submitted);
  }
}
