package org.fashionlab.account;

import java.time.Instant;
import java.util.UUID;

/** A class with its join code and how many teachers and students it has. */
public record ClassSummary(
    UUID id, String name, String joinCode, int teachers, int students, Instant createdAt) {}
