package org.fashionlab.tune;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyRepository extends JpaRepository<Study, UUID> {

  List<Study> findAllByOrderByCreatedAtDesc();

  List<Study> findByOwnerIdInOrderByCreatedAtDesc(java.util.Collection<UUID> owners);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "UPDATE Study s SET s.ownerId = ?1, s.owner = ?2 WHERE s.ownerId IS NULL")
  int adoptOwnerless(UUID ownerId, String owner);
}
