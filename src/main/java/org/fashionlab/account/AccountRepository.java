package org.fashionlab.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

  // Queries asked on every request are written out: Hibernate 6 caches the plan of a query string,
  // where a derived query builds and translates its criteria at each call (a third of a Classify
  // request's Java time went there, mostly to these).
  @Query("select a from Account a where a.usernameKey = ?1")
  Optional<Account> findByUsernameKey(String usernameKey);

  boolean existsByUsernameKey(String usernameKey);

  List<Account> findByUsernameKeyIn(Collection<String> usernameKeys);

  Optional<Account> findFirstByRoleOrderByCreatedAtAsc(org.fashionlab.security.Role role);
}
