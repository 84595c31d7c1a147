package org.fashionlab.classify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, UUID> {

  List<Upload> findTop50ByOrderByCreatedAtDesc();

  List<Upload> findTop50ByOwnerIdInOrderByCreatedAtDesc(java.util.Collection<UUID> owners);

  @org.springframework.data.jpa.repository.Modifying
  @org.springframework.data.jpa.repository.Query(
      "UPDATE Upload u SET u.ownerId = ?1, u.owner = ?2 WHERE u.ownerId IS NULL")
  int adoptOwnerless(UUID ownerId, String owner);

  /** What making room needs of an upload, without its pixels and answers. */
  interface Kept {
    UUID getId();

    String getFileName();

    long getSizeBytes();
  }

  // Every upload asks these two: query strings, whose plans Hibernate caches, not derived
  // queries translated at each call (see AccountRepository).
  @org.springframework.data.jpa.repository.Query(
      "select u.id as id, u.fileName as fileName, u.sizeBytes as sizeBytes from Upload u"
          + " where u.ownerId = ?1 order by u.createdAt asc")
  List<Kept> findByOwnerIdOrderByCreatedAtAsc(UUID ownerId);

  @org.springframework.data.jpa.repository.Query(
      "select u.id as id, u.fileName as fileName, u.sizeBytes as sizeBytes from Upload u"
          + " where u.createdAt < ?1")
  List<Kept> findByCreatedAtBefore(Instant cutoff);
}
