package org.fashionlab.queue;

import java.time.Instant;

/**
 * Where a waiting run stands in the fair order.
 *
 * @param position 1 starts next
 * @param runsAhead queued runs that start before it
 * @param ownersAhead how many people those runs belong to
 * @param estimatedStart when it should start, from the measured speed of similar runs; null when
 *     nothing is known yet
 */
public record QueueStanding(int position, int runsAhead, int ownersAhead, Instant estimatedStart) {}
