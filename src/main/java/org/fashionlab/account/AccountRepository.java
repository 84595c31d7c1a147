package org.fashionlab.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

  Optional<Account> findByUsernameKey(String usernameKey);

  boolean existsByUsernameKey(String usernameKey);

  List<Account> findByUsernameKeyIn(Collection<String> usernameKeys);

  Optional<Account> findFirstByRoleOrderByCreatedAtAsc(org.fashionlab.security.Role role);
}
