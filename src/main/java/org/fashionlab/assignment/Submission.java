package org.fashionlab.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One run a student handed in for an assignment. */
@Entity
@Table(name = "submissions")
class Submission {

  @Id private UUID id;
  private UUID assignmentId;
  private UUID runId;
  private UUID studentId;
  private Instant submittedAt;
  private boolean late;

  protected Submission() {}

  Submission(UUID assignmentId, UUID runId, UUID studentId, Instant submittedAt, boolean late) {
    this.id = UUID.randomUUID();
    this.assignmentId = assignmentId;
    this.runId = runId;
    this.studentId = studentId;
    this.submittedAt = submittedAt;
    this.late = late;
  }

  UUID getId() {
    return id;
  }

  UUID getAssignmentId() {
    return assignmentId;
  }

  UUID getRunId() {
    return runId;
  }

  UUID getStudentId() {
    return studentId;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  void setLate(boolean late) {
    this.late = late;
  }

  boolean isLate() {
    return late;
  }
}
