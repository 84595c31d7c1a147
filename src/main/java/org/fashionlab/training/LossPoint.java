package org.fashionlab.training;

/**
 * The mean training loss over a few consecutive batches.
 *
 * @param step batches done since training began (over all epochs) at the end of the window
 * @param loss mean batch loss in the window
 */
public record LossPoint(long step, float loss) {}
