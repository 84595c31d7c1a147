package org.fashionlab.assignment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One submitted run as the viewer may see it.
 *
 * @param model e.g. "CNN conv32-pool-128-10, RMSprop"
 * @param testAccuracy null, and left out of JSON, while the test set is locked for the viewer
 * @param meetsTarget whether the run meets the target; null while that would tell its test accuracy
 * @param unmet the conditions it misses, in words; empty when hidden or met
 */
public record SubmissionRow(
    UUID id,
    UUID runId,
    String runName,
    UUID studentId,
    String studentName,
    Instant submittedAt,
    boolean late,
    String model,
    long parameters,
    int epochs,
    Double validationAccuracy,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double testAccuracy,
    boolean testShown,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean meetsTarget,
    java.util.List<String> unmet) {}
