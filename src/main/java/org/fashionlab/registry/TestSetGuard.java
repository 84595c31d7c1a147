package org.fashionlab.registry;

import java.time.Instant;
import org.fashionlab.security.SignedInUser;

/**
 * Which runs' test results a viewer may not see yet: choose on validation, judge once on test. The
 * assignments decide (a locked test set holds a student's runs back until they submit one, or until
 * the assignment is due); every page and API answer about runs asks through {@link RunLens}.
 */
public interface TestSetGuard {

  /** The viewer's locks as they stand at {@code now}, read once to apply to many runs. */
  Locks locksFor(SignedInUser viewer, Instant now);

  /** The locks of one viewer at one moment. */
  @FunctionalInterface
  interface Locks {

    /** Nothing locked. */
    Locks NONE = run -> null;

    /** Why the viewer may not see {@code run}'s test results yet, or null when they may. */
    String reason(RunSummary run);
  }
}
