package org.fashionlab;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.fashionlab.account.Accounts;
import org.fashionlab.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The accounts tests sign in with: a student and a teacher with known passwords, created in the
 * test's real database when missing. API tests send them with HTTP Basic, view tests put them in
 * Spring Security's context, browser journeys type them into the sign-in form.
 */
public enum TestAccounts {
  STUDENT("test-student", "Test Student", Role.STUDENT),
  /**
   * A student whose class has open assignments with a locked test set, which hides their runs' test
   * results until they submit them: kept apart from {@link #STUDENT}, whom other tests expect to
   * see their test results.
   */
  ASSIGNED_STUDENT("test-assigned-student", "Assigned Student", Role.STUDENT),
  TEACHER("test-teacher", "Test Teacher", Role.TEACHER);

  /** Both accounts' password; long enough for the rules, never used outside tests. */
  public static final String PASSWORD = "test-password-4711";

  public final String username;
  public final String displayName;
  public final Role role;

  TestAccounts(String username, String displayName, Role role) {
    this.username = username;
    this.displayName = displayName;
    this.role = role;
  }

  /** Creates this account in the context's database unless it exists. */
  public TestAccounts ensure(ApplicationContext context) {
    Accounts accounts = context.getBean(Accounts.class);
    if (accounts.find(username).isEmpty()) {
      try {
        accounts.create(username, displayName, PASSWORD, role);
      } catch (IllegalArgumentException raced) {
        // created by a test running at the same time: fine
      }
    }
    return this;
  }

  /**
   * A student account {@code username} in the context's database, created when missing (runs,
   * studies and uploads need an owner's account); returns the username.
   */
  public static String person(ApplicationContext context, String username) {
    Accounts accounts = context.getBean(Accounts.class);
    if (accounts.find(username).isEmpty()) {
      try {
        accounts.create(username, username, PASSWORD, Role.STUDENT);
      } catch (IllegalArgumentException raced) {
        // created by a test running at the same time: fine
      }
    }
    return username;
  }

  /** Signs the account {@code username} in on the current thread, with its role. */
  public static void signInAs(ApplicationContext context, String username) {
    Role role = context.getBean(Accounts.class).find(username).orElseThrow().role();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
  }

  /** The {@code Authorization} header value for HTTP Basic. */
  public String basic() {
    return basic(username, PASSWORD);
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Signs this account in on the current thread, as Spring Security's filter would. */
  public void signIn(ApplicationContext context) {
    ensure(context);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
  }
}
