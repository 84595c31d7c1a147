package org.fashionlab.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A class: its name and the code students join it with. */
@Entity
@Table(name = "classes")
class Classroom {

  @Id private UUID id;
  private String name;
  private String joinCode;
  private Instant createdAt;

  protected Classroom() {}

  Classroom(UUID id, String name, String joinCode) {
    this.id = id;
    this.name = name;
    this.joinCode = joinCode;
    this.createdAt = Instant.now();
  }

  UUID getId() {
    return id;
  }

  String getName() {
    return name;
  }

  String getJoinCode() {
    return joinCode;
  }

  void setJoinCode(String joinCode) {
    this.joinCode = joinCode;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
