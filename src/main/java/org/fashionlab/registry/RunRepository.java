package org.fashionlab.registry;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RunRepository extends JpaRepository<Run, UUID> {

  List<Run> findAllByOrderByCreatedAtDesc();

  List<Run> findByStatusIn(Collection<RunStatus> statuses);

  List<Run> findByStudyIdOrderByTrialAscFoldAsc(UUID studyId);

  List<Run> findByOwnerIdInOrderByCreatedAtDesc(Collection<UUID> owners);

  List<Run> findBySharedTrueAndStatusAndOwnerIdInOrderByCreatedAtDesc(
      RunStatus status, Collection<UUID> owners);
}
