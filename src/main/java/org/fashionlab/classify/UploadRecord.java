package org.fashionlab.classify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An earlier upload in the history list; {@code input} is its 28 x 28 network input, 0..255.
 *
 * @param ownerId the account that uploaded it ({@code owner} is its username)
 */
public record UploadRecord(
    UUID id,
    Instant createdAt,
    String owner,
    String format,
    long sizeBytes,
    String sha256,
    int width,
    int height,
    int[] input,
    List<ModelPrediction> predictions,
    UUID ownerId) {}
