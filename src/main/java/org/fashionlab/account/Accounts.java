package org.fashionlab.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fashionlab.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and who belongs to which class: creating accounts, changing passwords, and the questions
 * access checks ask (a user's classes, a class's members, whether one user teaches another).
 */
@Service
public class Accounts {

  private final AccountRepository accounts;
  private final ClassroomRepository classes;
  private final MembershipRepository memberships;
  private final AccountRules rules;
  private final PasswordEncoder encoder;

  Accounts(
      AccountRepository accounts,
      ClassroomRepository classes,
      MembershipRepository memberships,
      AccountRules rules,
      PasswordEncoder encoder) {
    this.accounts = accounts;
    this.classes = classes;
    this.memberships = memberships;
    this.rules = rules;
    this.encoder = encoder;
  }

  /**
   * Creates an account after checking the username (free, ignoring case), display name and
   * password; only the password's hash is stored.
   *
   * @throws AccountRefusedException with the reason when any of them is refused
   */
  @Transactional
  public AccountSummary create(String username, String displayName, String password, Role role) {
    return createAccount(username, displayName, password, role).summary();
  }

  Account createAccount(String username, String displayName, String password, Role role) {
    String name = rules.username(username);
    String shown = rules.displayName(displayName);
    rules.password(password);
    if (accounts.existsByUsernameKey(AccountRules.key(name))) {
      throw taken(name);
    }
    try {
      return accounts.saveAndFlush(
          new Account(UUID.randomUUID(), name, shown, encoder.encode(password), role));
    } catch (DataIntegrityViolationException e) {
      throw taken(name); // someone took it between the check and the insert
    }
  }

  static AccountRefusedException taken(String username) {
    return new AccountRefusedException(
        "The username \"" + username + "\" is taken. Please choose another.");
  }

  /** The account signed in as {@code username}, ignoring case. */
  public Optional<AccountSummary> find(String username) {
    return accounts.findByUsernameKey(AccountRules.key(username)).map(Account::summary);
  }

  public Optional<AccountSummary> get(UUID id) {
    return accounts.findById(id).map(Account::summary);
  }

  /** The teacher created first: the owner of work from before accounts existed. */
  public Optional<AccountSummary> firstTeacher() {
    return accounts.findFirstByRoleOrderByCreatedAtAsc(Role.TEACHER).map(Account::summary);
  }

  /** How many accounts exist (none on a fresh database). */
  public long count() {
    return accounts.count();
  }

  /** The classes {@code accountId} teaches or belongs to, by name. */
  public List<ClassSummary> classesOf(UUID accountId) {
    return memberships.findByAccountId(accountId).stream()
        .map(m -> classes.findById(m.getClassId()))
        .flatMap(Optional::stream)
        .map(this::summary)
        .sorted(Comparator.comparing(ClassSummary::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The ids of the classes {@code accountId} teaches or belongs to. */
  public Set<UUID> classIds(UUID accountId) {
    return memberships.findByAccountId(accountId).stream()
        .map(Membership::getClassId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The class, if it exists. */
  public Optional<ClassSummary> classById(UUID classId) {
    return classes.findById(classId).map(this::summary);
  }

  /** Everyone in the class, teachers first, then in the order they joined. */
  public List<Member> members(UUID classId) {
    List<Membership> in = memberships.findByClassIdOrderByJoinedAt(classId);
    Map<UUID, Account> people =
        accounts.findAllById(in.stream().map(Membership::getAccountId).toList()).stream()
            .collect(Collectors.toMap(Account::getId, Function.identity()));
    return in.stream()
        .filter(m -> people.containsKey(m.getAccountId()))
        .map(m -> member(people.get(m.getAccountId()), m))
        .sorted(Comparator.comparing((Member m) -> m.role() != Role.TEACHER))
        .toList();
  }

  /** Whether {@code teacherId} is a teacher of the class {@code classId}. */
  public boolean teachesClass(UUID teacherId, UUID classId) {
    return accounts.findById(teacherId).filter(a -> a.getRole() == Role.TEACHER).isPresent()
        && memberships.existsByClassIdAndAccountId(classId, teacherId);
  }

  /** Whether {@code teacherId} teaches a class that {@code studentId} belongs to. */
  public boolean teaches(UUID teacherId, UUID studentId) {
    if (teacherId.equals(studentId)) {
      return false;
    }
    Set<UUID> theirs = classIds(studentId);
    return classIds(teacherId).stream()
        .anyMatch(c -> theirs.contains(c) && teachesClass(teacherId, c));
  }

  /**
   * Changes a password after checking the current one.
   *
   * @throws AccountRefusedException when the current password is wrong or the new one refused
   */
  @Transactional
  public void changePassword(UUID accountId, String current, String next) {
    Account account = accounts.findById(accountId).orElseThrow(() -> notFound(accountId));
    if (current == null || !encoder.matches(current, account.getPasswordHash())) {
      throw new AccountRefusedException("The current password is wrong.");
    }
    rules.password(next);
    account.setPasswordHash(encoder.encode(next));
  }

  /** Sets a new generated password; returns it once, for whoever hands it out. */
  @Transactional
  IssuedPassword issuePassword(UUID accountId) {
    Account account = accounts.findById(accountId).orElseThrow(() -> notFound(accountId));
    String password = RandomCodes.password();
    account.setPasswordHash(encoder.encode(password));
    return new IssuedPassword(account.getUsername(), account.getDisplayName(), password);
  }

  ClassSummary summary(Classroom classroom) {
    List<Membership> in = memberships.findByClassIdOrderByJoinedAt(classroom.getId());
    Map<Role, Long> byRole =
        accounts.findAllById(in.stream().map(Membership::getAccountId).toList()).stream()
            .collect(Collectors.groupingBy(Account::getRole, Collectors.counting()));
    return new ClassSummary(
        classroom.getId(),
        classroom.getName(),
        classroom.getJoinCode(),
        byRole.getOrDefault(Role.TEACHER, 0L).intValue(),
        byRole.getOrDefault(Role.STUDENT, 0L).intValue(),
        classroom.getCreatedAt());
  }

  private static Member member(Account account, Membership membership) {
    return new Member(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getRole(),
        membership.getJoinedAt());
  }

  static NoSuchElementException notFound(UUID accountId) {
    return new NoSuchElementException("There is no account " + accountId + ".");
  }
}
