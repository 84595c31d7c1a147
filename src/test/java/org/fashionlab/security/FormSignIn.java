package org.fashionlab.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the real sign-in form over plain HTTP, as a browser does: fetch /login for a
 * session and its CSRF token, post the form, follow nothing. Keeps the session cookie.
 */
final class FormSignIn {

  private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  String session;
  String csrf;

  FormSignIn(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Opens the sign-in page: a session and its CSRF token. */
  FormSignIn openLoginPage() throws Exception {
    HttpResponse<String> page = get("/login");
    session = cookie(page).orElse(session);
    Matcher token = CSRF.matcher(page.body());
    csrf = token.find() ? token.group(1) : null;
    return this;
  }

  /** Posts the form; the answer is a redirect (to the app, or back to /login?error). */
  HttpResponse<String> submit(String username, String password) throws Exception {
    HttpResponse<String> answer =
        postForm(
            "/login",
            "username="
                + encode(username)
                + "&password="
                + encode(password)
                + "&_csrf="
                + encode(csrf));
    session = cookie(answer).orElse(session);
    return answer;
  }

  HttpResponse<String> postForm(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", "JSESSIONID=" + session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Optional<String> cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(SESSION::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst();
  }

  static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
