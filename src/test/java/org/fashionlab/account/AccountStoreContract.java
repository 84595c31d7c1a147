package org.fashionlab.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.fashionlab.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** What every database must do for accounts and classes; run against H2 and PostgreSQL. */
abstract class AccountStoreContract {

  static final String PASSWORD = "correct-horse-battery";

  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired AuthenticationManager signIn;
  @Autowired JdbcTemplate jdbc;

  /** A username no other test (or earlier run on a kept database) used. */
  static String unique(String prefix) {
    return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
  }

  AccountSummary teacher() {
    return accounts.create(unique("teach"), "Ms Teacher", PASSWORD, Role.TEACHER);
  }

  boolean signsIn(String username, String password) {
    try {
      return signIn
          .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
          .isAuthenticated();
    } catch (AuthenticationException e) {
      return false;
    }
  }

  @Test
  void usernamesAreUniqueIgnoringCaseAndKeepTheirTypedForm() {
    String name = unique("Ana");
    AccountSummary ana = accounts.create(name, "Ana", PASSWORD, Role.STUDENT);
    assertThat(ana.username()).isEqualTo(name);
    assertThatThrownBy(
            () -> accounts.create(name.toLowerCase(), "Other Ana", PASSWORD, Role.STUDENT))
        .isInstanceOf(AccountRefusedException.class)
        .hasMessageContaining("is taken");
    assertThat(accounts.find(name.toUpperCase())).map(AccountSummary::id).contains(ana.id());
    assertThat(signsIn(name.toUpperCase(), PASSWORD)).isTrue();
  }

  @Test
  void badUsernamesNamesAndPasswordsAreRefusedWithTheReason() {
    for (String bad : List.of("ab", "x".repeat(33), "ana lee", "anä", "", "<b>x</b>")) {
      assertThatThrownBy(() -> accounts.create(bad, "Ana", PASSWORD, Role.STUDENT))
          .as(bad)
          .isInstanceOf(AccountRefusedException.class)
          .hasMessage(
              "A username has 3 to 32 characters: letters a-z, digits, dot, dash or underscore.");
    }
    assertThatThrownBy(() -> accounts.create(unique("ok"), " ", PASSWORD, Role.STUDENT))
        .hasMessage("A display name has 1 to 80 characters.");
    assertThatThrownBy(() -> accounts.create(unique("ok"), "n".repeat(81), PASSWORD, Role.STUDENT))
        .hasMessage("A display name has 1 to 80 characters.");
    assertThatThrownBy(() -> accounts.create(unique("ok"), "Ana", "short", Role.STUDENT))
        .hasMessage("A password needs at least 8 characters.");
  }

  @Test
  void passwordsAreStoredOnlyAsBcryptHashes() {
    String name = unique("hash");
    accounts.create(name, "Hash Test", PASSWORD, Role.STUDENT);
    Map<String, Object> row =
        jdbc.queryForMap("SELECT * FROM accounts WHERE username_key = ?", name.toLowerCase());
    assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(PASSWORD));
    assertThat(row.get("password_hash").toString()).startsWith("{bcrypt}$2");
    assertThat(signsIn(name, PASSWORD)).isTrue();
    assertThat(signsIn(name, PASSWORD + "x")).isFalse();
  }

  @Test
  void aStudentJoinsWithTheCodeAndAWrongCodeIsRefused() {
    AccountSummary teacher = teacher();
    ClassSummary lab = classes.create(teacher.id(), "Lab 5");
    assertThat(lab.joinCode()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}");
    String typed = lab.joinCode().substring(0, 4).toLowerCase() + "-" + lab.joinCode().substring(4);

    AccountSummary mia = classes.join(typed, unique("mia"), "Mia", PASSWORD);

    assertThat(mia.role()).isEqualTo(Role.STUDENT);
    assertThat(accounts.classesOf(mia.id())).extracting(ClassSummary::id).containsExactly(lab.id());
    assertThat(signsIn(mia.username(), PASSWORD)).isTrue();
    String refused = unique("eve");
    assertThatThrownBy(() -> classes.join("WRONG234", refused, "Eve", PASSWORD))
        .isInstanceOf(AccountRefusedException.class)
        .hasMessageContaining("No class has the join code \"WRONG234\"");
    assertThat(accounts.find(refused)).isEmpty();

    ClassSummary renewed = classes.regenerateJoinCode(teacher.id(), lab.id());
    assertThat(renewed.joinCode()).isNotEqualTo(lab.joinCode());
    assertThatThrownBy(() -> classes.join(lab.joinCode(), unique("late"), "Late", PASSWORD))
        .isInstanceOf(AccountRefusedException.class);
  }

  @Test
  void aRosterCreatesEveryStudentWithAWorkingPassword() {
    AccountSummary teacher = teacher();
    ClassSummary lab = classes.create(teacher.id(), "Roster class");
    String a = unique("ros-a");
    String b = unique("ros-b");
    String c = unique("ros-c");
    String csv =
        "username,display name\r\n" + a + ",Ana Lee\n\n" + b + ",\"Smith, Bo\"\n" + c + ",Cy\n";

    List<IssuedPassword> issued = classes.importRoster(teacher.id(), lab.id(), csv);

    assertThat(issued).extracting(IssuedPassword::username).containsExactly(a, b, c);
    assertThat(issued).extracting(IssuedPassword::displayName).contains("Smith, Bo");
    assertThat(issued).extracting(IssuedPassword::password).doesNotHaveDuplicates();
    issued.forEach(p -> assertThat(signsIn(p.username(), p.password())).isTrue());
    assertThat(accounts.members(lab.id()))
        .extracting(Member::username)
        .containsExactly(teacher.username(), a, b, c);
    assertThat(IssuedPassword.csv(issued))
        .startsWith("username,display name,password\r\n")
        .contains(b + ",\"Smith, Bo\"," + issued.get(1).password());
  }

  @Test
  void aRosterWithBadLinesIsRefusedWholeWithTheirNumbers() {
    AccountSummary teacher = teacher();
    ClassSummary lab = classes.create(teacher.id(), "Bad roster");
    String good = unique("good");
    String taken = accounts.create(unique("taken"), "Taken", PASSWORD, Role.STUDENT).username();
    String csv =
        good
            + ",Good\nno spaces allowed,Bad\n"
            + good
            + "x,One\nonlyonefield\n"
            + good
            + ",Again\n";

    assertThatThrownBy(() -> classes.importRoster(teacher.id(), lab.id(), csv))
        .isInstanceOfSatisfying(
            RosterRefusedException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "Line 2: a username has 3 to 32 characters: letters a-z, digits, dot,"
                            + " dash or underscore.",
                        "Line 4: expected two fields, username and display name, separated by a"
                            + " comma.",
                        "Line 5: the username \"" + good + "\" is already on line 1."));
    assertThat(accounts.find(good)).isEmpty();
    assertThat(accounts.find(good + "x")).isEmpty();

    String withTaken = good + ",Good\n" + taken.toUpperCase() + ",Twin\n";
    assertThatThrownBy(() -> classes.importRoster(teacher.id(), lab.id(), withTaken))
        .isInstanceOf(RosterRefusedException.class)
        .hasMessageContaining("Line 2: the username \"" + taken.toUpperCase() + "\" is taken.");
    assertThat(accounts.find(good)).isEmpty();
    assertThat(accounts.members(lab.id())).hasSize(1);
  }

  @Test
  void aTeacherResetsAPasswordAndRemovesAStudentWhoseAccountStays() {
    AccountSummary teacher = teacher();
    ClassSummary lab = classes.create(teacher.id(), "Reset class");
    AccountSummary bo = classes.join(lab.joinCode(), unique("bo"), "Bo", PASSWORD);
    assertThat(accounts.teaches(teacher.id(), bo.id())).isTrue();
    assertThat(accounts.teaches(bo.id(), teacher.id())).isFalse();

    IssuedPassword fresh = classes.resetPassword(teacher.id(), lab.id(), bo.id());

    assertThat(fresh.username()).isEqualTo(bo.username());
    assertThat(signsIn(bo.username(), fresh.password())).isTrue();
    assertThat(signsIn(bo.username(), PASSWORD)).isFalse();

    classes.removeStudent(teacher.id(), lab.id(), bo.id());
    assertThat(accounts.members(lab.id())).extracting(Member::accountId).doesNotContain(bo.id());
    assertThat(accounts.get(bo.id())).isPresent();
    assertThat(accounts.teaches(teacher.id(), bo.id())).isFalse();
  }

  @Test
  void aSecondTeacherTeachesTheClassAndOthersMayNotManageIt() {
    AccountSummary first = teacher();
    AccountSummary second = teacher();
    ClassSummary lab = classes.create(first.id(), "Two teachers");
    AccountSummary cy = classes.join(lab.joinCode(), unique("cy"), "Cy", PASSWORD);

    assertThatThrownBy(() -> classes.resetPassword(second.id(), lab.id(), cy.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("You do not teach the class \"Two teachers\".");
    assertThatThrownBy(() -> classes.addTeacher(first.id(), lab.id(), cy.username()))
        .isInstanceOf(AccountRefusedException.class)
        .hasMessageContaining("is a student account");
    assertThatThrownBy(() -> classes.create(cy.id(), "Mine"))
        .isInstanceOf(AccessDeniedException.class);

    classes.addTeacher(first.id(), lab.id(), second.username().toUpperCase());
    assertThat(accounts.teachesClass(second.id(), lab.id())).isTrue();
    assertThat(accounts.teaches(second.id(), cy.id())).isTrue();
    IssuedPassword third = classes.createTeacher(second.id(), lab.id(), unique("third"), "Third");
    assertThat(accounts.find(third.username()).orElseThrow().role()).isEqualTo(Role.TEACHER);
    assertThat(signsIn(third.username(), third.password())).isTrue();
    assertThat(accounts.classById(lab.id()).orElseThrow())
        .extracting(ClassSummary::teachers, ClassSummary::students)
        .containsExactly(3, 1);
    assertThat(accounts.members(lab.id()).get(0).role()).isEqualTo(Role.TEACHER);
  }

  @Test
  void aStudentBelongsToSeveralClassesAndChangesTheirPasswordWithTheCurrentOne() {
    AccountSummary teacher = teacher();
    ClassSummary one = classes.create(teacher.id(), "A class");
    ClassSummary two = classes.create(teacher.id(), "B class");
    AccountSummary dee = classes.join(one.joinCode(), unique("dee"), "Dee", PASSWORD);
    classes.joinAnother(dee.id(), two.joinCode());
    assertThat(accounts.classIds(dee.id())).containsExactlyInAnyOrder(one.id(), two.id());
    assertThat(accounts.classesOf(teacher.id()))
        .extracting(ClassSummary::name)
        .containsExactly("A class", "B class");

    assertThatThrownBy(() -> accounts.changePassword(dee.id(), "not-it-at-all", "new-password-1"))
        .hasMessage("The current password is wrong.");
    accounts.changePassword(dee.id(), PASSWORD, "new-password-1");
    assertThat(signsIn(dee.username(), "new-password-1")).isTrue();
    assertThat(accounts.get(UUID.randomUUID())).isEmpty();
  }
}
