package org.fashionlab.registry;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RunRepository extends JpaRepository<Run, UUID> {

  List<Run> findAllByOrderByCreatedAtDesc();

  List<Run> findByStatusIn(Collection<RunStatus> statuses);

  List<Run> findByStudyIdOrderByTrialAscFoldAsc(UUID studyId);

  // Every listing of runs asks these: query strings, whose plans Hibernate caches, not derived
  // queries translated at each call (see AccountRepository).
  @Query("select r from Run r where r.ownerId in ?1 order by r.createdAt desc")
  List<Run> findByOwnerIdInOrderByCreatedAtDesc(Collection<UUID> owners);

  @Query(
      "select r from Run r where r.shared = true and r.status = ?1 and r.ownerId in ?2"
          + " order by r.createdAt desc")
  List<Run> findBySharedTrueAndStatusAndOwnerIdInOrderByCreatedAtDesc(
      RunStatus status, Collection<UUID> owners);
}
