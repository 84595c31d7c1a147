package org.fashionlab.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

  // Asked on every request (the signed-in user's classes): a query string, whose plan Hibernate
  // caches, not a derived query translated at each call (see AccountRepository).
  @Query("select m from Membership m where m.accountId = ?1")
  List<Membership> findByAccountId(UUID accountId);

  List<Membership> findByClassIdOrderByJoinedAt(UUID classId);

  Optional<Membership> findByClassIdAndAccountId(UUID classId, UUID accountId);

  boolean existsByClassIdAndAccountId(UUID classId, UUID accountId);
}
