package org.fashionlab.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

  List<Membership> findByAccountId(UUID accountId);

  List<Membership> findByClassIdOrderByJoinedAt(UUID classId);

  Optional<Membership> findByClassIdAndAccountId(UUID classId, UUID accountId);

  boolean existsByClassIdAndAccountId(UUID classId, UUID accountId);
}
