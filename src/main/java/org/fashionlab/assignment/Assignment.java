package org.fashionlab.assignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An assignment of one class: its text, due date, target and whether the test set is locked. */
@Entity
@Table(name = "assignments")
class Assignment {

  @Id private UUID id;
  private UUID classId;
  private String title;
  private String instructions;
  private Instant dueAt;
  private boolean lockedTestSet;
  private Double minTestAccuracy;
  private Double minValidationAccuracy;
  private Long maxParameters;

  @Enumerated(EnumType.STRING)
  private ModelKind kind;

  private Integer maxEpochs;

  @Enumerated(EnumType.STRING)
  private HandIn handIn;

  private UUID createdBy;
  private Instant createdAt;

  protected Assignment() {}

  Assignment(UUID classId, NewAssignment spec, UUID createdBy) {
    this.id = UUID.randomUUID();
    this.classId = classId;
    this.handIn = spec.handIn();
    update(spec);
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  /** Takes the new text, due date, lock and target; the class and the hand-in sheet stay. */
  void update(NewAssignment spec) {
    this.title = spec.title().strip();
    this.instructions = spec.instructions() == null ? "" : spec.instructions().strip();
    this.dueAt = spec.dueAt();
    this.lockedTestSet = spec.lockedTestSet() == null || spec.lockedTestSet();
    Target target = spec.target() == null ? Target.NONE : spec.target();
    this.minTestAccuracy = target.minTestAccuracy();
    this.minValidationAccuracy = target.minValidationAccuracy();
    this.maxParameters = target.maxParameters();
    this.kind = target.kind() == ModelKind.ANY ? null : target.kind();
    this.maxEpochs = target.maxEpochs();
  }

  UUID getId() {
    return id;
  }

  UUID getClassId() {
    return classId;
  }

  String getTitle() {
    return title;
  }

  String getInstructions() {
    return instructions;
  }

  Instant getDueAt() {
    return dueAt;
  }

  boolean isLockedTestSet() {
    return lockedTestSet;
  }

  Target target() {
    return new Target(minTestAccuracy, minValidationAccuracy, maxParameters, kind, maxEpochs);
  }

  HandIn getHandIn() {
    return handIn;
  }

  UUID getCreatedBy() {
    return createdBy;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
