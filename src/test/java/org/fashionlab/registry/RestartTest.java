package org.fashionlab.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.fashionlab.Application;
import org.fashionlab.ChildJvm;
import org.fashionlab.EmbeddedDatabases;
import org.fashionlab.TestAccounts;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs survive restarts; a killed process leaves its run interrupted and no partial model. */
class RestartTest {

  /** The killed server's first-start teacher, signed in with HTTP Basic. */
  private static final String TEACHER = "teacher";

  private static final String TEACHER_PASSWORD = "restart-test-password";

  @TempDir Path data;
  private final ObjectMapper json = new ObjectMapper();

  private ConfigurableApplicationContext start(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--server.port=0",
                "--fashionlab.storage.data-dir=" + data,
                "--spring.datasource.url=" + databaseUrl()));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
  }

  @Test
  void aRestartKeepsEveryRunItsHistoryAndItsPredictions() {
    UUID id;
    RunDetails before;
    List<float[]> predictionsBefore;
    try (ConfigurableApplicationContext first = start()) {
      RunService runs = first.getBean(RunService.class);
      id =
          first
              .getBean(TrainingQueue.class)
              .submit(RegistryFixtures.quickMlp(1_000, 2), TestAccounts.person(first, "ada"))
              .id();
      RegistryFixtures.awaitDone(runs, id);
      before = runs.details(id).orElseThrow();
      predictionsBefore =
          runs.predict(id, RegistryFixtures.testImages(first.getBean(DatasetService.class), 20));
    }
    try (ConfigurableApplicationContext second = start()) {
      RunService runs = second.getBean(RunService.class);
      RunDetails after = runs.details(id).orElseThrow();
      assertThat(after.summary()).isEqualTo(before.summary());
      assertThat(after.history()).isEqualTo(before.history());
      assertThat(after.losses()).isEqualTo(before.losses());
      assertThat(after.confusion()).isEqualTo(before.confusion());
      assertThat(after.testPredictions()).isEqualTo(before.testPredictions());
      List<float[]> predictionsAfter =
          runs.predict(id, RegistryFixtures.testImages(second.getBean(DatasetService.class), 20));
      for (int i = 0; i < 20; i++) {
        assertThat(predictionsAfter.get(i)).containsExactly(predictionsBefore.get(i));
      }
    }
  }

  @Test
  void aKilledProcessLeavesTheRunInterruptedWithTheEpochsItReportedAndNoPartialModel()
      throws Exception {
    int port = freePort();
    Process server = startServer(port);
    String id;
    int epochsDone;
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://localhost:" + port + "/api/runs";
      await()
          .atMost(Duration.ofSeconds(120))
          .ignoreExceptions()
          .until(() -> get(http, base).statusCode() == 200);
      ModelSpec slow =
          Presets.COURSE_CNN.withTraining(
              Presets.COURSE_CNN.training().withTrainingLimit(3_000).withEpochs(50));
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(URI.create(base))
                  .header("Content-Type", "application/json")
                  .header("Authorization", TestAccounts.basic(TEACHER, TEACHER_PASSWORD))
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(slow)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      id = json.readTree(created.body()).get("id").asText();
      await()
          .atMost(Duration.ofSeconds(120))
          .until(() -> run(http, base + "/" + id).at("/summary/epochsCompleted").asInt() >= 1);
      epochsDone = run(http, base + "/" + id).at("/summary/epochsCompleted").asInt();
      // A model folder being written when the process dies.
      Files.createDirectories(data.resolve("models/.tmp-" + id));
    } finally {
      server.destroyForcibly().waitFor();
    }

    // Without retries, the restarted process finds the run's execution dead (no heartbeat for
    // 10 s) and ends it as interrupted, keeping what the killed attempt stored.
    try (ConfigurableApplicationContext restarted = start("--fashionlab.queue.retries=0")) {
      RunService runs = restarted.getBean(RunService.class);
      UUID runId = UUID.fromString(id);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> runs.summary(runId).orElseThrow().status() == RunStatus.INTERRUPTED);
      RunDetails run = runs.details(runId).orElseThrow();
      assertThat(run.summary().epochsCompleted()).isGreaterThanOrEqualTo(epochsDone).isLessThan(50);
      assertThat(run.history()).hasSize(run.summary().epochsCompleted());
      assertThat(run.summary().message()).contains("stopped responding");
      assertThat(run.attempts()).hasSize(1);
      RunAttempt killed = run.attempts().get(0);
      assertThat(killed.outcome()).isEqualTo("INTERRUPTED");
      assertThat(killed.history()).isEqualTo(run.history());
      assertThat(runs.canPredict(runId)).isFalse();
      try (Stream<Path> models = Files.list(data.resolve("models"))) {
        assertThat(models).isEmpty();
      }
    }
  }

  private String databaseUrl() {
    return EmbeddedDatabases.fileUrl(data);
  }

  private Process startServer(int port) throws IOException {
    return ChildJvm.start(
        data.resolve("server.log"),
        "--server.port=" + port,
        "--fashionlab.security.initial-teacher-password=" + TEACHER_PASSWORD,
        "--fashionlab.storage.data-dir=" + data,
        "--spring.datasource.url=" + databaseUrl());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", TestAccounts.basic(TEACHER, TEACHER_PASSWORD))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode run(HttpClient http, String url) throws Exception {
    return json.readTree(get(http, url).body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
