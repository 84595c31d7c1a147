package org.fashionlab.account;

import java.time.Instant;
import java.util.UUID;
import org.fashionlab.security.Role;

/** An account as others may see it: never its password. */
public record AccountSummary(
    UUID id, String username, String displayName, Role role, Instant createdAt) {}
