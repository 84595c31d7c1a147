package org.fashionlab.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the training queue shares the machines among a class.
 *
 * @param maxQueuedPerOwner runs one person may have waiting outside studies
 * @param maxRunningPerOwner runs of one person training at once, over all workers
 * @param maxActiveStudiesPerOwner studies of one person with trials still waiting or training
 * @param maxQueued runs of everybody that may wait
 * @param retries how often a run whose worker was lost is started again elsewhere
 * @param flushIntervalMillis how often a training writes its progress to the database at most
 * @param workerName this process's name in the queue; empty for host name and process id
 */
@Validated
@ConfigurationProperties("fashionlab.queue")
public record QueueProperties(
    @DefaultValue("5") @Min(1) @Max(1000) int maxQueuedPerOwner,
    @DefaultValue("1") @Min(1) @Max(64) int maxRunningPerOwner,
    @DefaultValue("2") @Min(1) @Max(100) int maxActiveStudiesPerOwner,
    @DefaultValue("1000") @Min(1) int maxQueued,
    @DefaultValue("1") @Min(0) @Max(10) int retries,
    @DefaultValue("100") @Min(10) @Max(5000) int flushIntervalMillis,
    @DefaultValue("") String workerName) {}
