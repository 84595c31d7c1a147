package org.fashionlab.classify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on uploaded photos.
 *
 * @param maxUploadMegabytes largest file accepted (Spring's multipart limit is set above it)
 * @param maxMegapixels largest image accepted, read from the header before decoding, so that a
 *     small "decompression bomb" file cannot exhaust memory
 * @param maxUploadsPerOwner uploads kept per owner; the oldest are removed beyond it
 * @param maxOwnerMegabytes bytes of uploads kept per owner; the oldest are removed beyond it
 * @param retentionDays uploads older than this are removed, whoever owns them
 */
@Validated
@ConfigurationProperties("fashionlab.classify")
public record ClassifyProperties(
    @DefaultValue("10") @Min(1) @Max(500) int maxUploadMegabytes,
    @DefaultValue("40") @Min(1) @Max(500) int maxMegapixels,
    @DefaultValue("100") @Min(1) int maxUploadsPerOwner,
    @DefaultValue("50") @Min(1) int maxOwnerMegabytes,
    @DefaultValue("30") @Min(1) int retentionDays) {

  public long maxUploadBytes() {
    return maxUploadMegabytes * 1024L * 1024L;
  }

  public long maxOwnerBytes() {
    return maxOwnerMegabytes * 1024L * 1024L;
  }
}
