package org.fashionlab.security;

import java.util.Optional;

/**
 * Where signed-in users are looked up; the accounts feature provides it, so this package needs no
 * knowledge of how accounts are stored.
 */
public interface UserDirectory {

  /** The current state of the account signed in as {@code username}, if it still exists. */
  Optional<SignedInUser> find(String username);
}
