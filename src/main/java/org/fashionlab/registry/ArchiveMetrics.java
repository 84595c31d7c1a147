package org.fashionlab.registry;

import java.util.List;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.training.LossPoint;

/** The metrics.json of an exported model: how it trained and how it scored. */
record ArchiveMetrics(
    String owner,
    Double trainingSeconds,
    List<EpochMetrics> history,
    List<LossPoint> losses,
    Double testAccuracy,
    Double testLoss,
    int[][] confusion,
    int[] testPredictions) {}
