package org.fashionlab.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.fashionlab.TestAccounts;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Health and metrics for operators: teachers only, never anonymous. (Spring Boot's tests turn
 * metric export off unless asked, so the Prometheus endpoint needs the annotation below.)
 */
@H2WebTest
@AutoConfigureObservability(tracing = false)
class OperationsTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;
  @Autowired ObjectMapper json;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyATeacherReachesHealthAndMetrics() throws Exception {
    String student = TestAccounts.STUDENT.ensure(context).basic();
    String teacher = TestAccounts.TEACHER.ensure(context).basic();
    for (String path : java.util.List.of("/actuator/health", "/actuator/prometheus")) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
      assertThat(get(path, student).statusCode()).as(path).isEqualTo(403);
      assertThat(get(path, teacher).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void healthShowsTheDatabaseTheSchedulerAndTheLiveWorkers() throws Exception {
    String teacher = TestAccounts.TEACHER.ensure(context).basic();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                json.readTree(get("/actuator/health", teacher).body())
                    .at("/status")
                    .asText()
                    .equals("UP"));
    JsonNode health = json.readTree(get("/actuator/health", teacher).body());
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/dbScheduler/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/workers/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/workers/details/alive").asInt()).isEqualTo(1);
  }

  @Test
  void metricsCountWaitingAndTrainedRuns() throws Exception {
    String teacher = TestAccounts.TEACHER.ensure(context).basic();
    String owner = TestAccounts.person(context, "ops-olga");
    RegistryFixtures.awaitDone(runs, queue.submit(RegistryFixtures.quickMlp(500, 1), owner).id());
    String metrics = get("/actuator/prometheus", teacher).body();
    assertThat(metrics)
        .contains("fashionlab_queue_runs{state=\"queued\"}")
        .contains("fashionlab_queue_runs{state=\"running\"}")
        .containsPattern("fashionlab_queue_wait_seconds_count(\\{[^}]*\\})? [1-9]")
        .containsPattern("fashionlab_runs_trained_total\\{[^}]*outcome=\"finished\"[^}]*\\} [1-9]")
        .containsPattern("fashionlab_training_epoch_seconds_count(\\{[^}]*\\})? [1-9]");
  }
}
