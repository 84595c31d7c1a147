package org.fashionlab.tune;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyRepository extends JpaRepository<Study, UUID> {

  List<Study> findAllByOrderByCreatedAtDesc();
}
