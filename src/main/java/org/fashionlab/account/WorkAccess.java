package org.fashionlab.account;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.fashionlab.security.CurrentUser;
import org.fashionlab.security.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * Who may do what with a piece of work (a run, a study, an upload), the way MLflow's permissions
 * read: its owner manages it; a teacher manages the work of everyone in a class they teach; a
 * student reads a classmate's work only when its owner shared it. Everything else is refused with
 * {@link NotYoursException}, which the API answers with 403.
 */
@Service
public class WorkAccess {

  private final CurrentUser currentUser;
  private final Accounts accounts;

  WorkAccess(CurrentUser currentUser, Accounts accounts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
  }

  /** The signed-in person (refused when nobody is signed in). */
  public SignedInUser viewer() {
    return currentUser.require();
  }

  /** Whether {@code viewer} may change or delete work of {@code ownerId}. */
  public boolean canManage(SignedInUser viewer, UUID ownerId) {
    return viewer.id().equals(ownerId)
        || (viewer.isTeacher() && ownerId != null && accounts.teaches(viewer.id(), ownerId));
  }

  /** Whether {@code viewer} may look at work of {@code ownerId} (shared with the class or not). */
  public boolean canRead(SignedInUser viewer, UUID ownerId, boolean shared) {
    return canManage(viewer, ownerId) || (shared && classmates(viewer).contains(ownerId));
  }

  /**
   * Refuses, with the reason, unless {@code viewer} may manage it.
   *
   * @param what e.g. "run \"Course MLP\""
   */
  public void requireManage(SignedInUser viewer, UUID ownerId, String what) {
    if (!canManage(viewer, ownerId)) {
      throw new NotYoursException(
          "The "
              + what
              + " belongs to someone else: only its owner or a teacher of their class can change"
              + " or delete it.");
    }
  }

  /** Refuses, with the reason, unless {@code viewer} may look at it. */
  public void requireRead(SignedInUser viewer, UUID ownerId, boolean shared, String what) {
    if (!canRead(viewer, ownerId, shared)) {
      throw new NotYoursException(
          "The "
              + what
              + " belongs to someone else and is not shared with you: only its owner, a teacher"
              + " of their class, and classmates it is shared with can see it.");
    }
  }

  /**
   * Whose work {@code viewer} may see fully in {@code scope}: only themselves for {@link
   * Scope#MINE}; for a teacher's {@link Scope#CLASS}, themselves and everyone in the classes they
   * teach.
   */
  public Set<UUID> managedOwners(SignedInUser viewer, Scope scope) {
    Set<UUID> owners = new HashSet<>();
    owners.add(viewer.id());
    if (scope == Scope.CLASS && viewer.isTeacher()) {
      for (UUID classId : viewer.classIds()) {
        if (accounts.teachesClass(viewer.id(), classId)) {
          accounts.members(classId).forEach(m -> owners.add(m.accountId()));
        }
      }
    }
    return owners;
  }

  /** Everyone who shares a class with {@code viewer}, themselves excluded. */
  public Set<UUID> classmates(SignedInUser viewer) {
    Set<UUID> people = new HashSet<>();
    for (UUID classId : viewer.classIds()) {
      accounts.members(classId).forEach(m -> people.add(m.accountId()));
    }
    people.remove(viewer.id());
    return people;
  }

  /** The account id behind a username (the owner of what they create). */
  public UUID accountId(String username) {
    return accounts
        .find(username)
        .map(AccountSummary::id)
        .orElseThrow(() -> new IllegalArgumentException("There is no account " + username + "."));
  }
}
