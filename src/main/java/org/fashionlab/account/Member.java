package org.fashionlab.account;

import java.time.Instant;
import java.util.UUID;
import org.fashionlab.security.Role;

/** One person in a class, as the class page lists them. */
public record Member(
    UUID accountId, String username, String displayName, Role role, Instant joinedAt) {}
