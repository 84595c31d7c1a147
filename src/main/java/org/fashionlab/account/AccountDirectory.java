package org.fashionlab.account;

import java.util.Optional;
import org.fashionlab.security.SignedInUser;
import org.fashionlab.security.UserDirectory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as Spring Security signs them in, and as {@code CurrentUser} describes them. */
@Service
class AccountDirectory implements UserDetailsService, UserDirectory {

  private final AccountRepository accounts;
  private final Accounts service;

  AccountDirectory(AccountRepository accounts, Accounts service) {
    this.accounts = accounts;
    this.service = service;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    Account account =
        accounts
            .findByUsernameKey(AccountRules.key(username))
            .orElseThrow(() -> new UsernameNotFoundException("No such account."));
    return User.withUsername(account.getUsername())
        .password(account.getPasswordHash())
        .authorities(account.getRole().authority())
        .build();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<SignedInUser> find(String username) {
    return accounts
        .findByUsernameKey(AccountRules.key(username))
        .map(
            a ->
                new SignedInUser(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    a.getRole(),
                    service.classIds(a.getId())));
  }
}
