package org.fashionlab.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClassroomRepository extends JpaRepository<Classroom, UUID> {

  Optional<Classroom> findByJoinCode(String joinCode);

  boolean existsByJoinCode(String joinCode);
}
