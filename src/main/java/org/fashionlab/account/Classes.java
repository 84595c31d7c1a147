package org.fashionlab.account;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What teachers do with classes (create one, hand out its join code, manage its members) and how
 * students join. Every teacher action checks that the acting teacher teaches the class.
 */
@Service
public class Classes {

  private final Accounts accounts;
  private final AccountRepository accountRows;
  private final ClassroomRepository classes;
  private final MembershipRepository memberships;
  private final AccountRules rules;

  Classes(
      Accounts accounts,
      AccountRepository accountRows,
      ClassroomRepository classes,
      MembershipRepository memberships,
      AccountRules rules) {
    this.accounts = accounts;
    this.accountRows = accountRows;
    this.classes = classes;
    this.memberships = memberships;
    this.rules = rules;
  }

  /**
   * Creates a class taught by {@code teacherId}, with a new join code.
   *
   * @throws AccessDeniedException when {@code teacherId} is not a teacher
   */
  @Transactional
  public ClassSummary create(UUID teacherId, String name) {
    Account teacher =
        accountRows.findById(teacherId).orElseThrow(() -> Accounts.notFound(teacherId));
    if (teacher.getRole() != Role.TEACHER) {
      throw new AccessDeniedException("Only teachers create classes.");
    }
    String shown = name == null ? "" : name.strip();
    if (shown.isEmpty() || shown.length() > AccountRules.MAX_DISPLAY_NAME) {
      throw new AccountRefusedException(
          "A class name has 1 to " + AccountRules.MAX_DISPLAY_NAME + " characters.");
    }
    Classroom classroom = classes.save(new Classroom(UUID.randomUUID(), shown, freeJoinCode()));
    memberships.save(new Membership(classroom.getId(), teacherId));
    return accounts.summary(classroom);
  }

  /** The class's members, for one of its teachers. */
  public List<Member> members(UUID teacherId, UUID classId) {
    taught(teacherId, classId);
    return accounts.members(classId);
  }

  /** Replaces the join code, e.g. after it was shared too widely; the old one stops working. */
  @Transactional
  public ClassSummary regenerateJoinCode(UUID teacherId, UUID classId) {
    Classroom classroom = taught(teacherId, classId);
    classroom.setJoinCode(freeJoinCode());
    return accounts.summary(classroom);
  }

  /**
   * Signs a new student up into the class whose join code they were given.
   *
   * @throws AccountRefusedException for an unknown code or a refused username, name or password
   */
  @Transactional
  public AccountSummary join(
      String joinCode, String username, String displayName, String password) {
    Classroom classroom = byCode(joinCode);
    Account student = accounts.createAccount(username, displayName, password, Role.STUDENT);
    memberships.save(new Membership(classroom.getId(), student.getId()));
    return student.summary();
  }

  /** Adds an existing student to one more class, by its join code. */
  @Transactional
  public ClassSummary joinAnother(UUID studentId, String joinCode) {
    Account student =
        accountRows.findById(studentId).orElseThrow(() -> Accounts.notFound(studentId));
    if (student.getRole() != Role.STUDENT) {
      throw new AccountRefusedException("Teachers are added to a class by one of its teachers.");
    }
    Classroom classroom = byCode(joinCode);
    if (!memberships.existsByClassIdAndAccountId(classroom.getId(), studentId)) {
      memberships.save(new Membership(classroom.getId(), studentId));
    }
    return accounts.summary(classroom);
  }

  /** Gives a student of the class a new generated password, returned once. */
  @Transactional
  public IssuedPassword resetPassword(UUID teacherId, UUID classId, UUID studentId) {
    taught(teacherId, classId);
    studentOf(classId, studentId);
    return accounts.issuePassword(studentId);
  }

  /** Takes a student out of the class; their account and work stay. */
  @Transactional
  public void removeStudent(UUID teacherId, UUID classId, UUID studentId) {
    taught(teacherId, classId);
    memberships.delete(studentOf(classId, studentId));
  }

  /** Makes an existing teacher account a teacher of this class too. */
  @Transactional
  public Member addTeacher(UUID teacherId, UUID classId, String username) {
    taught(teacherId, classId);
    Account other =
        accountRows
            .findByUsernameKey(AccountRules.key(username))
            .orElseThrow(
                () -> new AccountRefusedException("There is no account \"" + username + "\"."));
    if (other.getRole() != Role.TEACHER) {
      throw new AccountRefusedException(
          "\"" + other.getUsername() + "\" is a student account; only teachers can teach a class.");
    }
    if (!memberships.existsByClassIdAndAccountId(classId, other.getId())) {
      memberships.save(new Membership(classId, other.getId()));
    }
    return find(classId, other.getId());
  }

  /** Creates a new teacher account with a generated password and adds it to this class. */
  @Transactional
  public IssuedPassword createTeacher(
      UUID teacherId, UUID classId, String username, String displayName) {
    taught(teacherId, classId);
    String password = RandomCodes.password();
    Account teacher = accounts.createAccount(username, displayName, password, Role.TEACHER);
    memberships.save(new Membership(classId, teacher.getId()));
    return new IssuedPassword(teacher.getUsername(), teacher.getDisplayName(), password);
  }

  /**
   * Creates one student account per roster line, each with a generated password, all in the class;
   * any bad line (format, rules, a username already taken) refuses the whole roster.
   *
   * @throws RosterRefusedException listing every bad line by number
   */
  @Transactional
  public List<IssuedPassword> importRoster(UUID teacherId, UUID classId, String csv) {
    taught(teacherId, classId);
    List<RosterCsv.Entry> entries = RosterCsv.parse(csv, rules);
    List<String> taken = new ArrayList<>();
    var existing =
        accountRows.findByUsernameKeyIn(
            entries.stream().map(e -> AccountRules.key(e.username())).toList());
    for (RosterCsv.Entry entry : entries) {
      existing.stream()
          .filter(a -> a.getUsername().equalsIgnoreCase(entry.username()))
          .findFirst()
          .ifPresent(
              a ->
                  taken.add(
                      "Line "
                          + entry.line()
                          + ": the username \""
                          + entry.username()
                          + "\" is taken."));
    }
    if (!taken.isEmpty()) {
      throw new RosterRefusedException(taken);
    }
    List<IssuedPassword> issued = new ArrayList<>();
    for (RosterCsv.Entry entry : entries) {
      String password = RandomCodes.password();
      Account student =
          accounts.createAccount(entry.username(), entry.displayName(), password, Role.STUDENT);
      memberships.save(new Membership(classId, student.getId()));
      issued.add(new IssuedPassword(student.getUsername(), student.getDisplayName(), password));
    }
    return issued;
  }

  private Classroom taught(UUID teacherId, UUID classId) {
    Classroom classroom =
        classes
            .findById(classId)
            .orElseThrow(() -> new NoSuchElementException("There is no class " + classId + "."));
    if (!accounts.teachesClass(teacherId, classId)) {
      throw new AccessDeniedException(
          "You do not teach the class \"" + classroom.getName() + "\".");
    }
    return classroom;
  }

  private Membership studentOf(UUID classId, UUID studentId) {
    Membership membership =
        memberships
            .findByClassIdAndAccountId(classId, studentId)
            .orElseThrow(() -> new NoSuchElementException("That student is not in this class."));
    Account student =
        accountRows.findById(studentId).orElseThrow(() -> Accounts.notFound(studentId));
    if (student.getRole() != Role.STUDENT) {
      throw new AccessDeniedException("Teachers manage their own accounts.");
    }
    return membership;
  }

  private Member find(UUID classId, UUID accountId) {
    return accounts.members(classId).stream()
        .filter(m -> m.accountId().equals(accountId))
        .findFirst()
        .orElseThrow();
  }

  private Classroom byCode(String joinCode) {
    String code = RandomCodes.normalizeJoinCode(joinCode);
    return classes
        .findByJoinCode(code)
        .orElseThrow(
            () ->
                new AccountRefusedException(
                    "No class has the join code \""
                        + code
                        + "\". Check the code with your teacher."));
  }

  private String freeJoinCode() {
    String code;
    do {
      code = RandomCodes.joinCode();
    } while (classes.existsByJoinCode(code));
    return code;
  }
}
