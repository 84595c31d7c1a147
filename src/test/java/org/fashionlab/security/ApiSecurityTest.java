package org.fashionlab.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.registry.H2WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Who reaches the JSON API and its documentation, and what they are told when they do not. */
@H2WebTest
class ApiSecurityTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Every API endpoint the application maps (method and path), read from Spring MVC itself. */
  private List<String[]> apiEndpoints() {
    List<String[]> endpoints = new ArrayList<>();
    context
        .getBeansOfType(RequestMappingHandlerMapping.class)
        .values()
        .forEach(
            mapping ->
                mapping
                    .getHandlerMethods()
                    .keySet()
                    .forEach(
                        info -> {
                          Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                          for (String path : info.getPatternValues()) {
                            if (!path.startsWith("/api")) {
                              continue;
                            }
                            String concrete =
                                path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                            if (methods.isEmpty()) {
                              endpoints.add(new String[] {"GET", concrete});
                            }
                            methods.forEach(m -> endpoints.add(new String[] {m.name(), concrete}));
                          }
                        }));
    return endpoints;
  }

  private HttpResponse<String> send(String method, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString("{}"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anonymousCallersGet401WithAProblemDetailOnEveryApiEndpoint() throws Exception {
    List<String[]> endpoints = apiEndpoints();
    assertThat(endpoints)
        .extracting(e -> e[0] + " " + e[1].replaceAll("[0-9a-f-]{36}", "{id}"))
        .contains(
            "GET /api/runs",
            "POST /api/runs",
            "DELETE /api/runs/{id}",
            "POST /api/runs/import",
            "POST /api/classify",
            "POST /api/studies",
            "GET /api/me",
            "GET /api/openapi");
    for (String[] endpoint : endpoints) {
      HttpResponse<String> answer = send(endpoint[0], endpoint[1], null);
      assertThat(answer.statusCode()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(answer.headers().firstValue("WWW-Authenticate"))
          .contains("Basic realm=\"Fashion Lab\"");
      assertThat(json.readTree(answer.body()).get("detail").asText()).contains("Sign in first");
    }
  }

  @Test
  void aWrongPasswordGets401AndTheRightOneReachesTheApiAsThatUser() throws Exception {
    TestAccounts student = TestAccounts.STUDENT.ensure(context);
    HttpResponse<String> wrong =
        send("GET", "/api/me", TestAccounts.basic(student.username, "not-the-password"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json.readTree(wrong.body()).get("detail").asText())
        .isEqualTo("Wrong username or password.");

    HttpResponse<String> me = send("GET", "/api/me", student.basic());
    assertThat(me.statusCode()).isEqualTo(200);
    JsonNode user = json.readTree(me.body());
    assertThat(user.get("username").asText()).isEqualTo(student.username);
    assertThat(user.get("role").asText()).isEqualTo("STUDENT");
    assertThat(me.body()).doesNotContain("password");
  }

  /** The verified password is remembered between calls, but not past a change of password. */
  @Test
  void afterAPasswordChangeTheOldPasswordIsRefusedAtOnce() throws Exception {
    Accounts accounts = context.getBean(Accounts.class);
    AccountSummary account =
        accounts.create("api-pw-change", "Pat", "first-password-1", Role.STUDENT);
    String first = TestAccounts.basic("api-pw-change", "first-password-1");
    assertThat(send("GET", "/api/me", first).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/me", first).statusCode()).isEqualTo(200);

    accounts.changePassword(account.id(), "first-password-1", "second-password-2");
    assertThat(send("GET", "/api/me", first).statusCode()).isEqualTo(401);
    assertThat(
            send("GET", "/api/me", TestAccounts.basic("api-pw-change", "second-password-2"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentDeclaresHttpBasicForEveryOperation() throws Exception {
    HttpResponse<String> docs =
        send("GET", "/api/openapi", TestAccounts.STUDENT.ensure(context).basic());
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = json.readTree(docs.body());
    assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
    assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(api.at("/security/0").has("basicAuth")).isTrue();
    assertThat(api.get("paths").toString()).doesNotContain("\"owner\"");
  }

  @Test
  void swaggerUiSendsAnonymousBrowsersToSignInAndOpensForASignedInUser() throws Exception {
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/swagger-ui/index.html"))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

    FormSignIn browser = new FormSignIn(port).openLoginPage();
    TestAccounts student = TestAccounts.STUDENT.ensure(context);
    browser.submit(student.username, TestAccounts.PASSWORD);
    assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/openapi").statusCode()).isEqualTo(200);
    // The session that reads the documentation does not authenticate API calls.
    assertThat(browser.get("/api/runs").statusCode()).isEqualTo(401);
  }

  @Test
  void aCrossSiteMultipartPostWithAValidSessionCookieIsRefused() throws Exception {
    FormSignIn browser = new FormSignIn(port).openLoginPage();
    TestAccounts student = TestAccounts.STUDENT.ensure(context);
    browser.submit(student.username, TestAccounts.PASSWORD);
    assertThat(browser.get("/train").statusCode())
        .as("the cookie is a live session")
        .isEqualTo(200);

    for (String path : List.of("/api/classify", "/api/runs/import")) {
      String boundary = "----crosssite" + UUID.randomUUID();
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\""
              + "\r\nContent-Type: image/png\r\n\r\nnot really\r\n--"
              + boundary
              + "--\r\n";
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Cookie", "JSESSIONID=" + browser.session)
                  .header("Origin", "https://evil.example")
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void errorAnswersNameNoJavaClassOrMethod() throws Exception {
    String auth = TestAccounts.STUDENT.ensure(context).basic();
    List<HttpResponse<String>> answers =
        List.of(
            send("GET", "/api/runs/not-a-uuid", auth),
            send("GET", "/api/runs/" + UUID.randomUUID() + "/export", auth),
            send("DELETE", "/api/presets", auth),
            send("POST", "/api/runs/" + UUID.randomUUID() + "/cancel", auth));
    assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(400, 404, 405, 404);
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.body())
          .doesNotContainPattern("(java|org|jakarta|com)\\.[a-z]+\\.")
          .doesNotContain("Exception")
          .doesNotContain("trace");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    List<HttpResponse<String>> answers =
        List.of(
            send("GET", "/api/runs", null),
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()),
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/train")).build(),
                HttpResponse.BodyHandlers.ofString()));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
  }
}
