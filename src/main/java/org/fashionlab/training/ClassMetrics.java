package org.fashionlab.training;

/**
 * Precision, recall and F1 of one class on the test set.
 *
 * @param support test images whose true class is this one
 */
public record ClassMetrics(
    String className, double precision, double recall, double f1, int support) {}
