package org.fashionlab.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The locked test set outside the assignment pages, over the runs API: class L has the teacher and
 * the students Lia and Mo and an open assignment with its test set locked; class U's student Uma
 * has an assignment whose test set is not locked and one past due; Noa is in no class. A locked
 * run's test accuracy, loss, confusion matrix and predictions are absent from every answer a
 * student gets, and its archive is refused, until its owner submits it; the teacher sees them.
 */
@H2WebTest
class LockedTestSetApiTest {

  private static final String PASSWORD = "locked-test-set-pw";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;
  @Autowired ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  private static UUID locked;
  private static RunSummary liaSubmitted;
  private static RunSummary liaKept;
  private static RunSummary moRun;
  private static RunSummary umaRun;
  private static RunSummary noaRun;

  @BeforeEach
  void classesAssignmentsAndRuns() throws Exception {
    if (locked != null) {
      return;
    }
    AccountSummary teacher = accounts.create("lk-teacher", "Teacher L", PASSWORD, Role.TEACHER);
    AccountSummary other = accounts.create("lk-teacher-u", "Teacher U", PASSWORD, Role.TEACHER);
    ClassSummary l = classes.create(teacher.id(), "Class L");
    ClassSummary u = classes.create(other.id(), "Class U");
    classes.join(l.joinCode(), "lk-lia", "Lia", PASSWORD);
    classes.join(l.joinCode(), "lk-mo", "Mo", PASSWORD);
    classes.join(u.joinCode(), "lk-uma", "Uma", PASSWORD);
    accounts.create("lk-noa", "Noa", PASSWORD, Role.STUDENT);
    UUID a = queue.submit(RegistryFixtures.quickMlp(400, 1), "lk-lia").id();
    UUID b = queue.submit(RegistryFixtures.quickMlp(500, 1), "lk-lia").id();
    UUID m = queue.submit(RegistryFixtures.quickMlp(600, 1), "lk-mo").id();
    UUID x = queue.submit(RegistryFixtures.quickMlp(450, 1), "lk-uma").id();
    UUID n = queue.submit(RegistryFixtures.quickMlp(550, 1), "lk-noa").id();
    liaSubmitted = RegistryFixtures.awaitDone(runs, a);
    liaKept = RegistryFixtures.awaitDone(runs, b);
    moRun = RegistryFixtures.awaitDone(runs, m);
    umaRun = RegistryFixtures.awaitDone(runs, x);
    noaRun = RegistryFixtures.awaitDone(runs, n);
    for (RunSummary run : new RunSummary[] {liaSubmitted, liaKept, moRun, umaRun, noaRun}) {
      assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
      assertThat(run.testAccuracy()).isNotNull();
    }
    locked =
        create("lk-teacher", l.id(), "Beat the MLP", Instant.now().plus(7, ChronoUnit.DAYS), true);
    create("lk-teacher-u", u.id(), "Open book", Instant.now().plus(7, ChronoUnit.DAYS), false);
    create("lk-teacher-u", u.id(), "Done", Instant.now().minus(1, ChronoUnit.HOURS), true);
    ok(send("lk-mo", "PUT", "/api/runs/" + moRun.id() + "/shared?value=true", null), 200);
  }

  private UUID create(String teacher, UUID classId, String title, Instant due, boolean lock)
      throws Exception {
    String body =
        """
        {"classId": "%s", "title": "%s", "instructions": "Train.", "dueAt": "%s",
         "lockedTestSet": %s, "target": {"kind": "MLP"}}
        """
            .formatted(classId, title, due, lock);
    JsonNode created = ok(send(teacher, "POST", "/api/assignments", body), 201);
    assertThat(created.get("lockedTestSet").asBoolean()).isEqualTo(lock);
    return UUID.fromString(created.get("id").asText());
  }

  private HttpResponse<String> send(String user, String method, String path, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", TestAccounts.basic(user, PASSWORD))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private JsonNode run(String user, RunSummary run) throws Exception {
    return ok(send(user, "GET", "/api/runs/" + run.id(), null), 200);
  }

  private JsonNode listed(String user, String scope, RunSummary run) throws Exception {
    for (JsonNode row : ok(send(user, "GET", "/api/runs?scope=" + scope, null), 200)) {
      if (row.get("id").asText().equals(run.id().toString())) {
        return row;
      }
    }
    throw new AssertionError(run.name() + " is not listed for " + user);
  }

  private static void assertLocked(JsonNode summary, RunSummary run) {
    assertThat(summary.path("testAccuracy").isNull()).as(summary.toString()).isTrue();
    assertThat(summary.path("testLoss").isNull()).isTrue();
    assertThat(summary.get("testLocked").asBoolean()).isTrue();
    assertThat(summary.get("testLockReason").asText()).contains("\"Beat the MLP\"");
    assertThat(summary.get("finalValidationAccuracy").asDouble())
        .isEqualTo(run.finalValidationAccuracy());
  }

  private static void assertLockedDetails(JsonNode details, RunSummary run) {
    assertLocked(details.get("summary"), run);
    assertThat(details.path("confusion").isNull()).as("confusion").isTrue();
    assertThat(details.path("testPredictions").isNull()).as("predictions").isTrue();
    assertThat(details.get("perClass")).isEmpty();
    assertThat(details.get("history")).isNotEmpty();
  }

  private static void assertShown(JsonNode details, RunSummary run) {
    assertThat(details.get("summary").get("testAccuracy").asDouble()).isEqualTo(run.testAccuracy());
    assertThat(details.get("summary").get("testLocked").asBoolean()).isFalse();
    assertThat(details.get("summary").path("testLockReason").isNull()).isTrue();
    assertThat(details.get("confusion")).hasSize(10);
    assertThat(details.get("testPredictions")).isNotEmpty();
    assertThat(details.get("perClass")).hasSize(10);
  }

  @Test
  void aStudentSeesNoTestResultOfTheirRunsUntilTheySubmitOne() throws Exception {
    assertLocked(listed("lk-lia", "mine", liaKept), liaKept);
    assertLocked(listed("lk-lia", "mine", liaSubmitted), liaSubmitted);
    HttpResponse<String> page = send("lk-lia", "GET", "/api/runs/" + liaSubmitted.id(), null);
    assertLockedDetails(ok(page, 200), liaSubmitted);
    assertThat(page.body()).doesNotContain(String.valueOf(liaSubmitted.testAccuracy()));
    HttpResponse<String> export =
        send("lk-lia", "GET", "/api/runs/" + liaSubmitted.id() + "/export", null);
    assertThat(export.statusCode()).isEqualTo(409);
    assertThat(export.body()).contains("locked by the assignment");

    ok(
        send(
            "lk-lia",
            "POST",
            "/api/assignments/" + locked + "/submissions",
            "{\"runId\": \"" + liaSubmitted.id() + "\"}"),
        201);

    assertShown(run("lk-lia", liaSubmitted), liaSubmitted);
    assertThat(listed("lk-lia", "mine", liaSubmitted).get("testAccuracy").asDouble())
        .isEqualTo(liaSubmitted.testAccuracy());
    assertThat(
            send("lk-lia", "GET", "/api/runs/" + liaSubmitted.id() + "/export", null).statusCode())
        .isEqualTo(200);
    assertLockedDetails(run("lk-lia", liaKept), liaKept);
  }

  @Test
  void aClassmatesSharedRunShowsWithoutTestResultsWhileTheTeacherSeesThemAll() throws Exception {
    assertLocked(listed("lk-lia", "class", moRun), moRun);
    assertLockedDetails(run("lk-lia", moRun), moRun);
    for (RunSummary run : new RunSummary[] {liaSubmitted, liaKept, moRun}) {
      assertShown(run("lk-teacher", run), run);
      assertThat(listed("lk-teacher", "class", run).get("testAccuracy").asDouble())
          .isEqualTo(run.testAccuracy());
    }
  }

  @Test
  void withoutAnOpenLockedAssignmentStudentsSeeTheirTestResults() throws Exception {
    assertShown(run("lk-uma", umaRun), umaRun);
    assertThat(listed("lk-uma", "mine", umaRun).get("testAccuracy").asDouble())
        .isEqualTo(umaRun.testAccuracy());
    assertShown(run("lk-noa", noaRun), noaRun);
  }
}
