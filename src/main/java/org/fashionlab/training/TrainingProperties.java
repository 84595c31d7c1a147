package org.fashionlab.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Training settings of the server.
 *
 * @param mlpThreads PyTorch intra-op threads while training an MLP (small matrices: 1 was fastest)
 * @param cnnThreads PyTorch intra-op threads while training a CNN (2 was fastest on 2 cores)
 * @param progressIntervalMillis at most one progress report per training this often
 * @param lossPointsPerEpoch sampled loss points per epoch for the live chart
 * @param nice the CPU priority (Linux nice value, 0-19) trainings run at, so that the pages and the
 *     API of the same host come first; 0 keeps the normal priority
 */
@Validated
@ConfigurationProperties("fashionlab.training")
public record TrainingProperties(
    @DefaultValue("1") @Min(1) @Max(64) int mlpThreads,
    @DefaultValue("2") @Min(1) @Max(64) int cnnThreads,
    @DefaultValue("200") @Min(10) int progressIntervalMillis,
    @DefaultValue("100") @Min(1) @Max(1000) int lossPointsPerEpoch,
    @DefaultValue("10") @Min(0) @Max(19) int nice) {}
