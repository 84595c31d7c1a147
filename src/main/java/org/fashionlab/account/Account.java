package org.fashionlab.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.fashionlab.security.Role;

/** A person who signs in: the password only as its encoder's hash. */
@Entity
@Table(name = "accounts")
class Account {

  @Id private UUID id;
  private String username;
  private String usernameKey;
  private String displayName;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private Role role;

  private Instant createdAt;

  protected Account() {}

  Account(UUID id, String username, String displayName, String passwordHash, Role role) {
    this.id = id;
    this.username = username;
    this.usernameKey = AccountRules.key(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.createdAt = Instant.now();
  }

  UUID getId() {
    return id;
  }

  String getUsername() {
    return username;
  }

  String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  Role getRole() {
    return role;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  AccountSummary summary() {
    return new AccountSummary(id, username, displayName, role, createdAt);
  }
}
