package org.fashionlab.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.fashionlab.Application;
import org.fashionlab.EmbeddedDatabases;
import org.fashionlab.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** First start with zero set-up: the teacher account, its password, and where it is told. */
@ExtendWith(OutputCaptureExtension.class)
class InitialTeacherTest {

  private static ConfigurableApplicationContext start(Path data, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--server.port=0",
                "--fashionlab.storage.data-dir=" + data,
                "--spring.datasource.url=" + EmbeddedDatabases.fileUrl(data)));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
  }

  private static boolean signsIn(ConfigurableApplicationContext app, String user, String password) {
    try {
      return app.getBean(AuthenticationManager.class)
          .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
          .isAuthenticated();
    } catch (AuthenticationException e) {
      return false;
    }
  }

  /** The whole embedded database as SQL statements, as H2 would back it up. */
  private static String databaseDump(ConfigurableApplicationContext app) {
    return String.join("\n", app.getBean(JdbcTemplate.class).queryForList("SCRIPT", String.class));
  }

  @Test
  void aGeneratedPasswordIsLoggedOnceWrittenForTheOwnerOnlyAndSignsIn(
      CapturedOutput output, @TempDir Path first, @TempDir Path second) throws Exception {
    Path file = first.resolve("initial-teacher-password");
    String password;
    try (ConfigurableApplicationContext app = start(first)) {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      password = Files.readString(file).strip();
      assertThat(password).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
      assertThat(signsIn(app, "teacher", password)).isTrue();
      assertThat(app.getBean(Accounts.class).find("teacher").orElseThrow().role())
          .isEqualTo(Role.TEACHER);
      assertThat(output.getOut().split(java.util.regex.Pattern.quote(password), -1)).hasSize(2);
      assertThat(output.getOut()).contains(file.toString());
      assertThat(databaseDump(app)).contains("{bcrypt}").doesNotContain(password);
    }
    long modified = Files.getLastModifiedTime(file).toMillis();
    try (ConfigurableApplicationContext again = start(first)) {
      assertThat(Files.readString(file).strip()).isEqualTo(password);
      assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
      assertThat(signsIn(again, "teacher", password)).isTrue();
      assertThat(again.getBean(Accounts.class).count()).isEqualTo(1);
    }
    assertThat(output.getOut().split(java.util.regex.Pattern.quote(password), -1))
        .as("logged on the first start only")
        .hasSize(2);
    try (ConfigurableApplicationContext other = start(second)) {
      String otherPassword = Files.readString(second.resolve("initial-teacher-password")).strip();
      assertThat(otherPassword).isNotEqualTo(password);
      assertThat(signsIn(other, "teacher", password)).isFalse();
    }
  }

  @Test
  void aConfiguredPasswordAndNameAreUsedAndNoPasswordReachesTheLogOrTheDatabase(
      CapturedOutput output, @TempDir Path data) {
    String configured = "Configured-Pass-8642";
    String studentPassword = "student-secret-9753";
    try (ConfigurableApplicationContext app =
        start(
            data,
            "--fashionlab.security.initial-teacher-username=mrs-k",
            "--fashionlab.security.initial-teacher-password=" + configured)) {
      assertThat(data.resolve("initial-teacher-password")).doesNotExist();
      assertThat(signsIn(app, "mrs-k", configured)).isTrue();
      assertThat(signsIn(app, "teacher", configured)).isFalse();
      Accounts accounts = app.getBean(Accounts.class);
      Classes classes = app.getBean(Classes.class);
      var teacher = accounts.find("mrs-k").orElseThrow();
      var lab = classes.create(teacher.id(), "Logged class");
      classes.join(lab.joinCode(), "quiet-student", "Quiet", studentPassword);
      signsIn(app, "quiet-student", "a-wrong-guess-1234");
      assertThat(signsIn(app, "quiet-student", studentPassword)).isTrue();
      assertThat(databaseDump(app)).doesNotContain(configured).doesNotContain(studentPassword);
    }
    assertThat(output.getAll())
        .contains("Created the teacher account \"mrs-k\" with the configured password.")
        .doesNotContain(configured)
        .doesNotContain(studentPassword)
        .doesNotContain("a-wrong-guess-1234");
  }
}
