package org.fashionlab.assignment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, UUID> {

  List<Submission> findByAssignmentIdOrderBySubmittedAtAsc(UUID assignmentId);

  List<Submission> findByAssignmentIdAndStudentIdOrderBySubmittedAtAsc(
      UUID assignmentId, UUID studentId);

  boolean existsByAssignmentIdAndRunId(UUID assignmentId, UUID runId);
}
