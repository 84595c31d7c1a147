package org.fashionlab.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandInAnswerRepository extends JpaRepository<HandInAnswer, UUID> {

  List<HandInAnswer> findByAssignmentIdAndStudentId(UUID assignmentId, UUID studentId);

  Optional<HandInAnswer> findByAssignmentIdAndStudentIdAndExerciseId(
      UUID assignmentId, UUID studentId, String exerciseId);
}
