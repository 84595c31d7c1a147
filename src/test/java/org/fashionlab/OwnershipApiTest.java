package org.fashionlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.classify.ProductPhotos;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.Role;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.Hyperparameter;
import org.fashionlab.tune.Selection;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.StudyService;
import org.fashionlab.tune.StudySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Who reaches whose work over the API, as MLflow's permissions would answer it: class X has a
 * teacher and the students Ada and Ben; class Y has its own teacher and the student Cy. Ada's run,
 * study and upload are refused to Ben, Cy and Y's teacher with 403 and a reason, and nothing
 * changes in the database; X's teacher reaches them; a shared run is readable, not changeable, by
 * classmates only.
 */
@H2WebTest
class OwnershipApiTest {

  private static final String PASSWORD = "ownership-test-pw";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;
  @Autowired StudyService studies;
  @Autowired DatasetService datasets;
  @Autowired ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  private static UUID adaRun;
  private static UUID adaStudy;
  private static UUID adaUpload;

  @BeforeEach
  void classesAndAdasWork() throws Exception {
    if (adaRun != null) {
      return;
    }
    AccountSummary teacherX = accounts.create("own-tx", "Teacher X", PASSWORD, Role.TEACHER);
    AccountSummary teacherY = accounts.create("own-ty", "Teacher Y", PASSWORD, Role.TEACHER);
    ClassSummary x = classes.create(teacherX.id(), "Class X");
    ClassSummary y = classes.create(teacherY.id(), "Class Y");
    classes.join(x.joinCode(), "own-ada", "Ada", PASSWORD);
    classes.join(x.joinCode(), "own-ben", "Ben", PASSWORD);
    classes.join(y.joinCode(), "own-cy", "Cy", PASSWORD);

    adaRun = queue.submit(RegistryFixtures.quickMlp(500, 1), "own-ada").id();
    RegistryFixtures.awaitDone(runs, adaRun);
    StudyResult study =
        studies.start(
            new StudySpec(
                "ada's study",
                RegistryFixtures.quickMlp(300, 1),
                List.of(new GridAxis(Hyperparameter.NODES, List.of("8"))),
                Selection.HOLD_OUT,
                0),
            "own-ada");
    adaStudy = study.id();
    HttpResponse<String> classified = upload("own-ada", List.of(adaRun));
    assertThat(classified.statusCode()).as(classified.body()).isEqualTo(200);
    adaUpload = UUID.fromString(json.readTree(classified.body()).get("uploadId").asText());
  }

  private HttpResponse<String> send(String user, String method, String path) throws Exception {
    return send(user, method, path, null);
  }

  private HttpResponse<String> send(String user, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", TestAccounts.basic(user, PASSWORD));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> upload(String user, List<UUID> runIds) throws Exception {
    String boundary = "b" + UUID.randomUUID();
    byte[] photo =
        ProductPhotos.encode(ProductPhotos.render(datasets.pixels(Split.TEST, 0), 10, 40), "png");
    StringBuilder head = new StringBuilder();
    head.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\n")
        .append("Content-Type: image/png\r\n\r\n");
    StringBuilder tail = new StringBuilder("\r\n");
    for (UUID id : runIds) {
      tail.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"runId\"\r\n\r\n")
          .append(id)
          .append("\r\n");
    }
    tail.append("--").append(boundary).append("--\r\n");
    byte[] body = concat(head.toString().getBytes(), photo, tail.toString().getBytes());
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/classify"))
            .header("Authorization", TestAccounts.basic(user, PASSWORD))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  /** What each caller is answered for every action on Ada's work, before anything changes. */
  private Map<String, Integer> matrix(String user) throws Exception {
    Map<String, Integer> answers = new LinkedHashMap<>();
    answers.put("read run", send(user, "GET", "/api/runs/" + adaRun).statusCode());
    answers.put("export run", send(user, "GET", "/api/runs/" + adaRun + "/export").statusCode());
    answers.put("cancel run", send(user, "POST", "/api/runs/" + adaRun + "/cancel").statusCode());
    answers.put(
        "share run", send(user, "PUT", "/api/runs/" + adaRun + "/shared?value=true").statusCode());
    answers.put("read study", send(user, "GET", "/api/studies/" + adaStudy).statusCode());
    answers.put(
        "cancel study", send(user, "POST", "/api/studies/" + adaStudy + "/cancel").statusCode());
    answers.put(
        "rename run",
        send(user, "PUT", "/api/runs/" + adaRun + "/name", "{\"name\":\"mine now\"}").statusCode());
    answers.put("classify with run", upload(user, List.of(adaRun)).statusCode());
    answers.put("read upload", send(user, "GET", "/api/uploads/" + adaUpload).statusCode());
    answers.put("delete upload", send(user, "DELETE", "/api/uploads/" + adaUpload).statusCode());
    return answers;
  }

  @Test
  void othersAreRefusedWith403AndAReasonAndNothingChanges() throws Exception {
    RunSummary before = runs.summary(adaRun).orElseThrow();
    for (String other : List.of("own-ben", "own-cy", "own-ty")) {
      Map<String, Integer> answers = matrix(other);
      System.out.println(other + " on ada's work: " + answers);
      assertThat(answers)
          .as(other)
          .allSatisfy((action, status) -> assertThat(status).isEqualTo(403));
      HttpResponse<String> delete = send(other, "DELETE", "/api/runs/" + adaRun);
      assertThat(delete.statusCode()).isEqualTo(403);
      JsonNode problem = json.readTree(delete.body());
      assertThat(problem.get("title").asText()).isEqualTo("Not yours");
      assertThat(problem.get("detail").asText()).contains("belongs to someone else");
    }
    assertThat(runs.summary(adaRun).orElseThrow()).isEqualTo(before);
    assertThat(studies.result(adaStudy)).isPresent();
    assertThat(send("own-ada", "GET", "/api/uploads/" + adaUpload).statusCode()).isEqualTo(200);
    assertThat(send("own-ben", "GET", "/api/uploads").body()).doesNotContain(adaUpload.toString());
    // Ada's own listings are hers alone; Ben's do not show her run.
    assertThat(ids(send("own-ben", "GET", "/api/runs?scope=class"))).doesNotContain(adaRun);
    assertThat(ids(send("own-ada", "GET", "/api/runs"))).contains(adaRun);
  }

  @Test
  void anonymousCallersGet401() throws Exception {
    assertThat(send(null, "GET", "/api/runs/" + adaRun).statusCode()).isEqualTo(401);
    assertThat(send(null, "DELETE", "/api/runs/" + adaRun).statusCode()).isEqualTo(401);
  }

  @Test
  void theOwnerAndTheirTeacherReachTheWork() throws Exception {
    for (String reaches : List.of("own-ada", "own-tx")) {
      assertThat(send(reaches, "GET", "/api/runs/" + adaRun).statusCode()).isEqualTo(200);
      assertThat(send(reaches, "GET", "/api/runs/" + adaRun + "/export").statusCode())
          .isEqualTo(200);
      assertThat(send(reaches, "GET", "/api/studies/" + adaStudy).statusCode()).isEqualTo(200);
      assertThat(upload(reaches, List.of(adaRun)).statusCode()).isEqualTo(200);
      assertThat(send(reaches, "GET", "/api/uploads/" + adaUpload).statusCode()).isEqualTo(200);
    }
    assertThat(send("own-tx", "GET", "/api/uploads?scope=class").body())
        .contains(adaUpload.toString());
    assertThat(ids(send("own-tx", "GET", "/api/runs?scope=class"))).contains(adaRun);
    assertThat(ids(send("own-tx", "GET", "/api/runs"))).doesNotContain(adaRun);
    assertThat(ids(send("own-ty", "GET", "/api/runs?scope=class"))).doesNotContain(adaRun);
    // Only the owner decides about sharing, not even the teacher.
    assertThat(send("own-tx", "PUT", "/api/runs/" + adaRun + "/shared?value=true").statusCode())
        .isEqualTo(403);
  }

  @Test
  void aSharedRunIsReadableButNotChangeableByClassmatesOnly() throws Exception {
    UUID shared = queue.submit(RegistryFixtures.quickMlp(500, 1), "own-ada").id();
    RegistryFixtures.awaitDone(runs, shared);
    assertThat(send("own-ben", "GET", "/api/runs/" + shared).statusCode()).isEqualTo(403);
    assertThat(send("own-ada", "PUT", "/api/runs/" + shared + "/shared?value=true").statusCode())
        .isEqualTo(200);

    assertThat(send("own-ben", "GET", "/api/runs/" + shared).statusCode()).isEqualTo(200);
    assertThat(ids(send("own-ben", "GET", "/api/runs?scope=class"))).contains(shared);
    assertThat(upload("own-ben", List.of(shared)).statusCode()).isEqualTo(200);
    assertThat(send("own-ben", "DELETE", "/api/runs/" + shared).statusCode()).isEqualTo(403);
    assertThat(send("own-cy", "GET", "/api/runs/" + shared).statusCode()).isEqualTo(403);
    assertThat(runs.summary(shared)).isPresent();

    // The teacher may delete anything of the class.
    assertThat(send("own-tx", "DELETE", "/api/runs/" + shared).statusCode()).isEqualTo(204);
    assertThat(runs.summary(shared)).isEmpty();
  }

  private List<UUID> ids(HttpResponse<String> list) throws Exception {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return json.readValue(list.body(), RunSummary[].class).length == 0
        ? List.of()
        : List.of(json.readValue(list.body(), RunSummary[].class)).stream()
            .map(RunSummary::id)
            .toList();
  }
}
