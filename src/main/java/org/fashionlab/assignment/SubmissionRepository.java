package org.fashionlab.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

  List<Submission> findByAssignmentIdOrderBySubmittedAtAsc(UUID assignmentId);

  List<Submission> findByAssignmentIdAndStudentIdOrderBySubmittedAtAsc(
      UUID assignmentId, UUID studentId);

  boolean existsByAssignmentIdAndRunId(UUID assignmentId, UUID runId);

  long countByAssignmentIdIn(Collection<UUID> assignmentIds);

  @Query("select max(s.submittedAt) from Submission s where s.assignmentId in :ids")
  Instant latestSubmittedAt(@Param("ids") Collection<UUID> assignmentIds);

  /** The runs a student submitted to any assignment. */
  @Query("select distinct s.runId from Submission s where s.studentId = :studentId")
  List<UUID> findRunIdsByStudentId(@Param("studentId") UUID studentId);
}
