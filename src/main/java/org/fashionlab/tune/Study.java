package org.fashionlab.tune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored study: its spec as JSON; its trials are the runs tagged with its id. */
@Entity
@Table(name = "studies")
class Study {

  @Id private UUID id;
  private String name;
  private String owner;

  @Column(name = "spec_json")
  private String specJson;

  private int trials;
  private Instant createdAt;
  private boolean cancelled;
  private UUID ownerId;

  protected Study() {}

  Study(
      UUID id,
      String name,
      String owner,
      UUID ownerId,
      String specJson,
      int trials,
      Instant createdAt) {
    this.id = id;
    this.ownerId = ownerId;
    this.name = name;
    this.owner = owner;
    this.specJson = specJson;
    this.trials = trials;
    this.createdAt = createdAt;
  }

  UUID getId() {
    return id;
  }

  String getName() {
    return name;
  }

  String getOwner() {
    return owner;
  }

  String getSpecJson() {
    return specJson;
  }

  int getTrials() {
    return trials;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  UUID getOwnerId() {
    return ownerId;
  }

  boolean isCancelled() {
    return cancelled;
  }

  void cancel() {
    this.cancelled = true;
  }
}
