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
import java.util.ArrayList;
import java.util.List;
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
 * Assignments over HTTP Basic: class X has a teacher and the students Ada and Ben, class Y the
 * student Cy and its own teacher. Ada trained two runs, Ben one; every answer is checked for who
 * may see what, and for the absence of test accuracy where the test set is locked.
 */
@H2WebTest
class AssignmentApiTest {

  private static final String PASSWORD = "assignment-test-pw";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;
  @Autowired ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  private static UUID classX;
  private static UUID classY;
  private static UUID teacherX;
  private static final List<RunSummary> adaRuns = new ArrayList<>();
  private static RunSummary benRun;

  @BeforeEach
  void classesAndRuns() {
    if (classX != null) {
      return;
    }
    AccountSummary tx = accounts.create("asg-tx", "Teacher X", PASSWORD, Role.TEACHER);
    AccountSummary ty = accounts.create("asg-ty", "Teacher Y", PASSWORD, Role.TEACHER);
    ClassSummary x = classes.create(tx.id(), "Class X");
    ClassSummary y = classes.create(ty.id(), "Class Y");
    classes.join(x.joinCode(), "asg-ada", "Ada <b>Lovelace</b>", PASSWORD);
    classes.join(x.joinCode(), "asg-ben", "Ben", PASSWORD);
    classes.join(y.joinCode(), "asg-cy", "Cy", PASSWORD);
    classX = x.id();
    classY = y.id();
    teacherX = tx.id();
    UUID a1 = queue.submit(RegistryFixtures.quickMlp(400, 1), "asg-ada").id();
    UUID a2 = queue.submit(RegistryFixtures.quickMlp(800, 1), "asg-ada").id();
    UUID b1 = queue.submit(RegistryFixtures.quickMlp(600, 1), "asg-ben").id();
    for (UUID id : List.of(a1, a2)) {
      adaRuns.add(RegistryFixtures.awaitDone(runs, id));
    }
    benRun = RegistryFixtures.awaitDone(runs, b1);
    assertThat(adaRuns).extracting(RunSummary::status).containsOnly(RunStatus.FINISHED);
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

  private String assignment(String title, Instant due) {
    return assignment(classX, title, due);
  }

  private String assignment(UUID classId, String title, Instant due) {
    return """
        {"classId": "%s", "title": "%s", "instructions": "Train an MLP.", "dueAt": "%s",
         "target": {"minTestAccuracy": 0.5, "maxParameters": 200000, "kind": "MLP",
                    "maxEpochs": 10}}
        """
        .formatted(classId, title, due);
  }

  private UUID create(String title, Instant due) throws Exception {
    return create(classX, title, due);
  }

  private UUID create(UUID classId, String title, Instant due) throws Exception {
    JsonNode created =
        ok(send("asg-tx", "POST", "/api/assignments", assignment(classId, title, due)), 201);
    return UUID.fromString(created.get("id").asText());
  }

  private void submit(String user, UUID assignment, UUID run) throws Exception {
    ok(send(user, "POST", path(assignment, "/submissions"), runBody(run)), 201);
  }

  private static String path(UUID assignment, String rest) {
    return "/api/assignments/" + assignment + rest;
  }

  private static String runBody(UUID run) {
    return "{\"runId\": \"" + run + "\"}";
  }

  @Test
  void aTeacherCreatesAnAssignmentThatTheClassListsWithTheTestSetLockedByDefault()
      throws Exception {
    UUID id = create("Beat 50%", Instant.now().plus(7, ChronoUnit.DAYS));
    JsonNode seen = ok(send("asg-ben", "GET", path(id, ""), null), 200);
    assertThat(seen.get("lockedTestSet").asBoolean()).isTrue();
    assertThat(seen.get("className").asText()).isEqualTo("Class X");
    assertThat(seen.get("targetText").asText())
        .isEqualTo(
            "test accuracy ≥ 50.00%, at most 200,000 parameters, MLP only, at most 10 epochs");
    JsonNode list = ok(send("asg-ada", "GET", "/api/assignments", null), 200);
    assertThat(list.findValuesAsText("id")).contains(id.toString());
    JsonNode others = ok(send("asg-cy", "GET", "/api/assignments", null), 200);
    assertThat(others.findValuesAsText("id")).doesNotContain(id.toString());
  }

  @Test
  void studentsAndTeachersOfAnotherClassCannotCreateOneAndBadFieldsAreNamed() throws Exception {
    String body = assignment("Nope", Instant.now().plus(1, ChronoUnit.DAYS));
    assertThat(send("asg-ada", "POST", "/api/assignments", body).statusCode()).isEqualTo(403);
    assertThat(send("asg-ty", "POST", "/api/assignments", body).statusCode()).isEqualTo(403);
    JsonNode refused =
        ok(
            send(
                "asg-tx",
                "POST",
                "/api/assignments",
                "{\"classId\": \""
                    + classX
                    + "\", \"title\": \" \","
                    + " \"target\": {\"minTestAccuracy\": 1.5}}"),
            400);
    assertThat(refused.get("violations").findValuesAsText("field"))
        .containsExactly("title", "dueAt", "target.minTestAccuracy");
    JsonNode unknown = ok(send("asg-tx", "POST", "/api/assignments", "{\"titel\": \"typo\"}"), 400);
    assertThat(unknown.get("violations").findValuesAsText("field")).containsExactly("titel");
  }

  @Test
  void lab5IsCreatedWithOneCallFromTheCourseSheet() throws Exception {
    JsonNode lab =
        ok(
            send("asg-tx", "POST", "/api/assignments/lab5", "{\"classId\": \"" + classX + "\"}"),
            201);
    assertThat(lab.get("title").asText()).isEqualTo(Lab5Assignment.TITLE);
    assertThat(lab.get("handIn").asText()).isEqualTo("LAB5");
    assertThat(lab.get("target").get("kind").asText()).isEqualTo("CNN");
    assertThat(lab.get("target").get("maxEpochs").asInt()).isEqualTo(10);
    assertThat(lab.get("target").get("minTestAccuracy").asDouble()).isEqualTo(0.8705);
    assertThat(lab.get("instructions").asText())
        .contains("8. Train model2: 10 epochs with validation_split = 0.2");
  }

  @Test
  void aStudentSubmitsOnlyTheirOwnRunsToTheirOwnClassesOnce() throws Exception {
    UUID id = create("Own runs only", Instant.now().plus(7, ChronoUnit.DAYS));
    JsonNode mine =
        ok(send("asg-ada", "POST", path(id, "/submissions"), runBody(adaRuns.get(0).id())), 201);
    assertThat(mine.get("late").asBoolean()).isFalse();
    assertThat(mine.get("testAccuracy").asDouble()).isEqualTo(adaRuns.get(0).testAccuracy());
    assertThat(mine.get("meetsTarget").isBoolean()).isTrue();

    assertThat(send("asg-ada", "POST", path(id, "/submissions"), runBody(benRun.id())).statusCode())
        .isEqualTo(403);
    assertThat(
            send("asg-ada", "POST", path(id, "/submissions"), runBody(adaRuns.get(0).id()))
                .statusCode())
        .isEqualTo(409);
    assertThat(send("asg-cy", "GET", path(id, ""), null).statusCode()).isEqualTo(403);
    assertThat(send("asg-cy", "GET", path(id, "/leaderboard"), null).statusCode()).isEqualTo(403);
    assertThat(
            send("asg-tx", "POST", path(id, "/submissions"), runBody(adaRuns.get(0).id()))
                .statusCode())
        .isEqualTo(403);
    UUID nowhere = UUID.randomUUID();
    assertThat(send("asg-ada", "GET", path(nowhere, ""), null).statusCode()).isEqualTo(404);
    assertThat(
            send("asg-ada", "POST", path(id, "/submissions"), runBody(UUID.randomUUID()))
                .statusCode())
        .isEqualTo(404);
    assertThat(send("asg-ada", "GET", path(id, "/submissions"), null).statusCode()).isEqualTo(403);
  }

  @Test
  void beforeTheDueDateAClassmatesTestAccuracyIsAbsentAndTheTeacherSeesEveryOne() throws Exception {
    UUID id = create("Locked", Instant.now().plus(7, ChronoUnit.DAYS));
    submit("asg-ada", id, adaRuns.get(0).id());
    submit("asg-ada", id, adaRuns.get(1).id());
    submit("asg-ben", id, benRun.id());

    HttpResponse<String> forBen = send("asg-ben", "GET", path(id, "/leaderboard"), null);
    JsonNode board = ok(forBen, 200);
    assertThat(board.get("testShownToAll").asBoolean()).isFalse();
    assertThat(board.get("rows")).hasSize(2);
    for (JsonNode row : board.get("rows")) {
      JsonNode best = row.get("best");
      boolean own = best.get("studentName").asText().equals("Ben");
      assertThat(best.has("testAccuracy")).as(best.toString()).isEqualTo(own);
      assertThat(best.has("meetsTarget")).isEqualTo(own);
    }
    for (RunSummary run : adaRuns) {
      assertThat(forBen.body()).doesNotContain(String.valueOf(run.testAccuracy()));
    }
    assertThat(send("asg-ben", "GET", path(id, "/submissions/mine"), null).body())
        .contains(String.valueOf(benRun.testAccuracy()));

    JsonNode forTeacher = ok(send("asg-tx", "GET", path(id, "/leaderboard"), null), 200);
    assertThat(forTeacher.get("rows").findValues("testAccuracy")).hasSize(2);
    JsonNode all = ok(send("asg-tx", "GET", path(id, "/submissions"), null), 200);
    assertThat(all).hasSize(3);
    assertThat(all.findValues("testAccuracy")).hasSize(3);
  }

  @Test
  void theLeaderboardRanksEachStudentsBestRunByValidationAccuracyWithReferenceLines()
      throws Exception {
    UUID id = create("Ranked", Instant.now().plus(7, ChronoUnit.DAYS));
    submit("asg-ada", id, adaRuns.get(0).id());
    submit("asg-ada", id, adaRuns.get(1).id());
    submit("asg-ben", id, benRun.id());
    JsonNode board = ok(send("asg-ben", "GET", path(id, "/leaderboard"), null), 200);

    double adaBest =
        Math.max(
            adaRuns.get(0).finalValidationAccuracy(), adaRuns.get(1).finalValidationAccuracy());
    List<Double> validation = new ArrayList<>();
    board
        .get("rows")
        .forEach(r -> validation.add(r.get("best").get("validationAccuracy").asDouble()));
    assertThat(validation)
        .containsExactlyInAnyOrder(adaBest, benRun.finalValidationAccuracy())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(board.get("rows").get(0).get("rank").asInt()).isEqualTo(1);
    JsonNode adaRow =
        board.get("rows").get(0).get("best").get("studentName").asText().startsWith("Ada")
            ? board.get("rows").get(0)
            : board.get("rows").get(1);
    assertThat(adaRow.get("submissions").asInt()).isEqualTo(2);
    assertThat(adaRow.get("best").get("studentName").asText()).isEqualTo("Ada <b>Lovelace</b>");
    assertThat(board.get("references").findValuesAsText("label")).contains("Human performance");
    assertThat(board.get("references").get(0).get("low").asDouble()).isEqualTo(0.835);
    assertThat(board.get("references").get(0).get("source").asText())
        .contains("zalandoresearch/fashion-mnist");
  }

  @Test
  void afterTheDueDateEveryoneSeesTestAccuracyAndNewSubmissionsAreLate() throws Exception {
    UUID id = create("Past due", Instant.now().minus(1, ChronoUnit.HOURS));
    submit("asg-ada", id, adaRuns.get(0).id());
    JsonNode late =
        ok(send("asg-ben", "POST", path(id, "/submissions"), runBody(benRun.id())), 201);
    assertThat(late.get("late").asBoolean()).isTrue();
    JsonNode board = ok(send("asg-ben", "GET", path(id, "/leaderboard"), null), 200);
    assertThat(board.get("testShownToAll").asBoolean()).isTrue();
    assertThat(board.get("rows").findValues("testAccuracy")).hasSize(2);
  }

  @Test
  void theClassLeaderboardRanksEachStudentsBestRunOverAllAssignmentsEachRowLockedAsItsOwn()
      throws Exception {
    ClassSummary z = classes.create(teacherX, "Class Z");
    for (String student : List.of("asg-ada", "asg-ben")) {
      classes.joinAnother(accounts.find(student).orElseThrow().id(), z.joinCode());
    }
    UUID due = create(z.id(), "Z due", Instant.now().minus(1, ChronoUnit.HOURS));
    UUID open = create(z.id(), "Z open", Instant.now().plus(7, ChronoUnit.DAYS));
    submit("asg-ben", due, benRun.id());
    submit("asg-ada", open, adaRuns.get(0).id());
    submit("asg-ada", open, adaRuns.get(1).id());
    String path = "/api/classes/" + z.id() + "/leaderboard";

    JsonNode seenByBen = ok(send("asg-ben", "GET", path, null), 200);
    assertThat(seenByBen.get("className").asText()).isEqualTo("Class Z");
    assertThat(seenByBen.get("assignments").asInt()).isEqualTo(2);
    JsonNode rows = seenByBen.get("rows");
    assertThat(rows).hasSize(2);
    List<Double> validation = new ArrayList<>();
    rows.forEach(r -> validation.add(r.get("best").get("validationAccuracy").asDouble()));
    assertThat(validation).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    JsonNode ada = rowOf(rows, "Ada <b>Lovelace</b>");
    JsonNode ben = rowOf(rows, "Ben");
    assertThat(ada.get("assignmentTitle").asText()).isEqualTo("Z open");
    assertThat(ada.get("submissions").asInt()).isEqualTo(2);
    assertThat(ada.get("best").has("testAccuracy")).as("Ada's open, locked assignment").isFalse();
    assertThat(ben.get("assignmentTitle").asText()).isEqualTo("Z due");
    assertThat(ben.get("best").get("testAccuracy").asDouble())
        .isEqualTo(benRun.testAccuracy().doubleValue());
    assertThat(seenByBen.get("references").findValuesAsText("label")).contains("Human performance");

    JsonNode seenByTeacher = ok(send("asg-tx", "GET", path, null), 200);
    assertThat(seenByTeacher.get("rows").findValues("testAccuracy")).hasSize(2);
    JsonNode seenByAda = ok(send("asg-ada", "GET", path, null), 200);
    assertThat(rowOf(seenByAda.get("rows"), "Ada <b>Lovelace</b>").get("best").has("testAccuracy"))
        .as("her own submitted run")
        .isTrue();
    JsonNode listed =
        ok(send("asg-ben", "GET", "/api/classes/" + z.id() + "/assignments", null), 200);
    assertThat(listed.findValuesAsText("title")).containsExactly("Z due", "Z open");

    assertThat(send("asg-cy", "GET", path, null).statusCode()).isEqualTo(403);
    assertThat(send("asg-cy", "GET", "/api/classes/" + z.id() + "/assignments", null).statusCode())
        .isEqualTo(403);
    assertThat(
            send("asg-ben", "GET", "/api/classes/" + UUID.randomUUID() + "/leaderboard", null)
                .statusCode())
        .isEqualTo(404);
  }

  private static JsonNode rowOf(JsonNode rows, String studentName) {
    for (JsonNode row : rows) {
      if (row.get("best").get("studentName").asText().equals(studentName)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + studentName + " in " + rows);
  }

  @Test
  void aTeacherEditsAnAssignmentAndAnExtensionForgivesLateSubmissions() throws Exception {
    UUID id = create("Draft", Instant.now().minus(1, ChronoUnit.HOURS));
    submit("asg-ada", id, adaRuns.get(0).id());
    assertThat(
            ok(send("asg-ada", "GET", path(id, "/submissions/mine"), null), 200)
                .get(0)
                .get("late")
                .asBoolean())
        .isTrue();

    Instant extended = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    String edit =
        """
        {"title": "Edited", "instructions": "Now a CNN.", "dueAt": "%s", "lockedTestSet": false,
         "target": {"minValidationAccuracy": 0.6, "kind": "CNN"}}
        """
            .formatted(extended);
    assertThat(send("asg-ada", "PUT", path(id, ""), edit).statusCode()).isEqualTo(403);
    assertThat(send("asg-ty", "PUT", path(id, ""), edit).statusCode()).isEqualTo(403);
    JsonNode edited = ok(send("asg-tx", "PUT", path(id, ""), edit), 200);
    assertThat(edited.get("title").asText()).isEqualTo("Edited");
    assertThat(edited.get("instructions").asText()).isEqualTo("Now a CNN.");
    assertThat(Instant.parse(edited.get("dueAt").asText())).isEqualTo(extended);
    assertThat(edited.get("lockedTestSet").asBoolean()).isFalse();
    assertThat(edited.get("targetText").asText())
        .isEqualTo("validation accuracy ≥ 60.00%, CNN only");
    assertThat(edited.get("classId").asText()).isEqualTo(classX.toString());
    JsonNode mine = ok(send("asg-ada", "GET", path(id, "/submissions/mine"), null), 200);
    assertThat(mine.get(0).get("late").asBoolean())
        .as("late no more after the extension")
        .isFalse();

    JsonNode moved =
        ok(send("asg-tx", "PUT", path(id, ""), assignment(classY, "Moved", extended)), 400);
    assertThat(moved.toString()).contains("classId").contains("stays in its class");
    JsonNode blank = ok(send("asg-tx", "PUT", path(id, ""), assignment(classX, "", extended)), 400);
    assertThat(blank.toString()).contains("title");
    assertThat(ok(send("asg-ben", "GET", path(id, ""), null), 200).get("title").asText())
        .as("a refused edit changes nothing")
        .isEqualTo("Edited");
  }

  @Test
  void aTeacherDeletesAnAssignmentWithItsSubmissionsAndTheRunsStay() throws Exception {
    UUID id = create("To delete", Instant.now().plus(1, ChronoUnit.DAYS));
    submit("asg-ben", id, benRun.id());
    assertThat(send("asg-ben", "DELETE", path(id, ""), null).statusCode()).isEqualTo(403);
    assertThat(send("asg-ty", "DELETE", path(id, ""), null).statusCode()).isEqualTo(403);
    assertThat(send("asg-ben", "GET", path(id, ""), null).statusCode()).isEqualTo(200);

    assertThat(send("asg-tx", "DELETE", path(id, ""), null).statusCode()).isEqualTo(204);
    assertThat(send("asg-ben", "GET", path(id, ""), null).statusCode()).isEqualTo(404);
    assertThat(send("asg-tx", "GET", path(id, "/submissions"), null).statusCode()).isEqualTo(404);
    assertThat(ok(send("asg-tx", "GET", "/api/assignments", null), 200).findValuesAsText("id"))
        .doesNotContain(id.toString());
    assertThat(send("asg-ben", "GET", "/api/runs/" + benRun.id(), null).statusCode())
        .isEqualTo(200);
  }
}
