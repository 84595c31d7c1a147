package org.fashionlab.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A student's own answer to one exercise of a hand-in. */
@Entity
@Table(name = "hand_in_answers")
class HandInAnswer {

  @Id private UUID id;
  private UUID assignmentId;
  private UUID studentId;
  private String exerciseId;
  private String answer;
  private Instant updatedAt;

  protected HandInAnswer() {}

  HandInAnswer(UUID assignmentId, UUID studentId, String exerciseId) {
    this.id = UUID.randomUUID();
    this.assignmentId = assignmentId;
    this.studentId = studentId;
    this.exerciseId = exerciseId;
    this.answer = "";
  }

  String getExerciseId() {
    return exerciseId;
  }

  String getAnswer() {
    return answer;
  }

  void setAnswer(String answer) {
    this.answer = answer;
    this.updatedAt = Instant.now();
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
