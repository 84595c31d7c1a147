package org.fashionlab.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One account in one class; whether as teacher or student follows from the account's role. */
@Entity
@Table(name = "memberships")
class Membership {

  @Id private UUID id;
  private UUID classId;
  private UUID accountId;
  private Instant joinedAt;

  protected Membership() {}

  Membership(UUID classId, UUID accountId) {
    this.id = UUID.randomUUID();
    this.classId = classId;
    this.accountId = accountId;
    this.joinedAt = Instant.now();
  }

  UUID getClassId() {
    return classId;
  }

  UUID getAccountId() {
    return accountId;
  }

  Instant getJoinedAt() {
    return joinedAt;
  }
}
