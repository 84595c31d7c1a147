package org.fashionlab.assignment;

import java.util.UUID;

/**
 * One place on a leaderboard.
 *
 * @param rank 1 for the highest validation accuracy
 * @param best the student's best submission, its test accuracy as the viewer may see it
 * @param submissions how many runs the student submitted (to the assignment, or to the class's
 *     assignments on a class leaderboard)
 * @param assignmentId the assignment the best run was submitted to
 * @param assignmentTitle its title
 */
public record LeaderboardRow(
    int rank, SubmissionRow best, int submissions, UUID assignmentId, String assignmentTitle) {}
