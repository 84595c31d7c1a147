package org.fashionlab.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.ZipInputStream;
import org.fashionlab.TestAccounts;
import org.fashionlab.model.Presets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@H2WebTest
class RunApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();
  private TestAccounts student;

  @BeforeEach
  void signIn() {
    student = TestAccounts.STUDENT.ensure(context);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", student.basic())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void invalidSpecGets400WithEachFieldAndReason() throws Exception {
    String body =
        json.writeValueAsString(Presets.COURSE_MLP)
            .replace("\"learningRate\":0.001", "\"learningRate\":0")
            .replace("[128]", "[128,0]");
    HttpResponse<String> response = send("POST", "/api/runs", body);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("violations"))
        .extracting(v -> v.get("field").asText() + ": " + v.get("message").asText())
        .containsExactly(
            "network.hiddenLayers[1]: a layer needs at least 1 node",
            "training.learningRate: the learning rate must be greater than 0");
  }

  @Test
  void startListGetExportAndDeleteARun() throws Exception {
    String spec = json.writeValueAsString(RegistryFixtures.quickMlp(1_000, 1));
    HttpResponse<String> created = send("POST", "/api/runs", spec);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asText();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                json.readTree(send("GET", "/api/runs/" + id, null).body())
                    .at("/summary/status")
                    .asText()
                    .equals("FINISHED"));
    JsonNode details = json.readTree(send("GET", "/api/runs/" + id, null).body());
    assertThat(details.at("/summary/owner").asText()).isEqualTo(student.username);
    assertThat(details.get("history")).hasSize(1);
    assertThat(details.get("perClass")).hasSize(10);
    assertThat(json.readTree(send("GET", "/api/runs", null).body()).findValuesAsText("id"))
        .contains(id);

    HttpResponse<byte[]> zip =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/runs/" + id + "/export"))
                .header("Authorization", student.basic())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition").orElse(""))
        .contains("quick-MLP.zip");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      assertThat(in.getNextEntry()).isNotNull();
    }

    assertThat(send("POST", "/api/runs/" + id + "/cancel", null).statusCode()).isEqualTo(409);
    assertThat(send("DELETE", "/api/runs/" + id, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/runs/" + id, null).statusCode()).isEqualTo(404);
  }

  @Test
  void openApiDocumentsTheRunsApi() throws Exception {
    HttpResponse<String> docs = send("GET", "/api/openapi", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(json.readTree(docs.body()).get("paths").has("/api/runs/{id}/export")).isTrue();
  }
}
