package org.fashionlab.assignment;

/**
 * One place on the leaderboard.
 *
 * @param rank 1 for the highest validation accuracy
 * @param best the student's best submission, its test accuracy as the viewer may see it
 * @param submissions how many runs the student submitted
 */
public record LeaderboardRow(int rank, SubmissionRow best, int submissions) {}
