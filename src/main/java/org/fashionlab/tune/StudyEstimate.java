package org.fashionlab.tune;

/**
 * What a study will cost before it starts.
 *
 * @param seconds estimated total training time
 * @param basis what the estimate rests on, e.g. "measured on run Course MLP (12 s)"
 */
public record StudyEstimate(int trials, int runs, double seconds, String basis) {}
