package org.fashionlab.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.fashionlab.security.Role;
import org.fashionlab.security.SecurityProperties;
import org.fashionlab.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start, zero set-up: on a database without accounts, creates the teacher account. Its
 * password is {@code fashionlab.security.initial-teacher-password} when set; otherwise a random
 * one, logged once and written to {@code <data-dir>/initial-teacher-password}, readable by the
 * owner only.
 */
@Component
@Order(0)
class InitialTeacher implements ApplicationRunner {

  static final String PASSWORD_FILE = "initial-teacher-password";

  private static final Logger log = LoggerFactory.getLogger(InitialTeacher.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Accounts accounts;
  private final SecurityProperties security;
  private final StorageProperties storage;

  InitialTeacher(Accounts accounts, SecurityProperties security, StorageProperties storage) {
    this.accounts = accounts;
    this.security = security;
    this.storage = storage;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.count() > 0) {
      return;
    }
    String configured = security.initialTeacherPasswordOrNull();
    String password = configured != null ? configured : RandomCodes.password();
    String username = security.initialTeacherUsername();
    try {
      accounts.create(username, "Teacher", password, Role.TEACHER);
    } catch (AccountRefusedException e) {
      if (accounts.count() > 0) {
        return; // another process created it first
      }
      throw new IllegalStateException(
          "Cannot create the initial teacher account: " + e.getMessage(), e);
    }
    if (configured != null) {
      log.info("Created the teacher account \"{}\" with the configured password.", username);
      return;
    }
    Path file = passwordFile();
    write(file, password);
    log.warn(
        "Created the teacher account \"{}\" with the password {} (also in {}, readable by this user"
            + " only). Sign in and change it on the Profile page.",
        username,
        password,
        file);
  }

  Path passwordFile() {
    return storage.dataDir().toAbsolutePath().normalize().resolve(PASSWORD_FILE);
  }

  /** Creates the file with owner-only permissions from the start, so no other user can read it. */
  private static void write(Path file, String password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        // written meanwhile: overwrite below, then fix its permissions
      }
      Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the initial teacher password to " + file, e);
    }
  }
}
