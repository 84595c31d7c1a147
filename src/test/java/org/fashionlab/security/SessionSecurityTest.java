package org.fashionlab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.registry.H2WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Pages need a session signed in through the form; signing in and out handle it safely. */
@H2WebTest
class SessionSecurityTest {

  private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern ASSET =
      Pattern.compile("(?:src|href)=\"(/?(?:VAADIN|icons|themes)[^\"]*)\"");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> anonymous(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anonymousPageRequestsAreSentToSignInWhileItsPagesAndAssetsStayReachable() throws Exception {
    for (String page :
        List.of("/", "/train", "/data", "/models", "/classify", "/tune", "/classes", "/profile")) {
      HttpResponse<String> answer = anonymous(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
    }
    HttpResponse<String> login = anonymous("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(anonymous("/signup").statusCode()).isEqualTo(200);
    Matcher assets = ASSET.matcher(login.body());
    int checked = 0;
    while (assets.find()) {
      String path = assets.group(1).startsWith("/") ? assets.group(1) : "/" + assets.group(1);
      assertThat(anonymous(path).statusCode()).as(path).isEqualTo(200);
      checked++;
    }
    assertThat(checked).as("the sign-in page loads Vaadin's own files").isPositive();
  }

  @Test
  void signingInChangesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
    TestAccounts student = TestAccounts.STUDENT.ensure(context);
    FormSignIn browser = new FormSignIn(port).openLoginPage();
    String before = browser.session;
    assertThat(before).isNotBlank();

    HttpResponse<String> signedIn = browser.submit(student.username, TestAccounts.PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
    assertThat(browser.session).as("session fixation protection").isNotEqualTo(before);
    HttpResponse<String> page = browser.get("/train");
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = CSRF.matcher(page.body());
    assertThat(token.find()).isTrue();
    String session = browser.session;

    HttpResponse<String> out =
        browser.postForm("/logout", "_csrf=" + FormSignIn.encode(token.group(1)));

    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Max-Age=0"));
    browser.session = session;
    HttpResponse<String> after = browser.get("/train");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void aWrongPasswordReturnsToTheFormAndRepeatedFailuresLockSignInForAWhile() throws Exception {
    String username = "form-lock-" + System.nanoTime() % 100_000;
    accounts.create(username, "Locked Out", TestAccounts.PASSWORD, Role.STUDENT);
    FormSignIn browser = new FormSignIn(port).openLoginPage();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = browser.openLoginPage().submit(username, "wrong-password");
      assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }
    HttpResponse<String> locked = browser.openLoginPage().submit(username, TestAccounts.PASSWORD);
    assertThat(locked.headers().firstValue("Location").orElse(""))
        .matches(".*/login\\?throttled=\\d+");
    assertThat(browser.get("/train").statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedBasicFailuresGet429WithRetryAfterEvenForTheRightPassword() throws Exception {
    String username = "api-lock-" + System.nanoTime() % 100_000;
    accounts.create(username, "Locked Script", TestAccounts.PASSWORD, Role.STUDENT);
    for (int i = 0; i < 5; i++) {
      assertThat(basic(username, "wrong-password").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> locked = basic(username, TestAccounts.PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L))
        .isBetween(1L, 60L);
    assertThat(locked.body()).contains("Too many failed sign-ins");
  }

  private HttpResponse<String> basic(String username, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
            .header("Authorization", TestAccounts.basic(username, password))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
