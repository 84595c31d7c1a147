package org.fashionlab.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fashionlab.Application;
import org.fashionlab.BrowserJourney;
import org.fashionlab.BrowserSession;
import org.fashionlab.ChildJvm;
import org.fashionlab.Probabilities;
import org.fashionlab.TestAccounts;
import org.fashionlab.TestPostgres;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunAttempt;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scaled out on loopback, every part real: PostgreSQL, a web process (this JVM, role=web) and two
 * worker processes (child JVMs, role=worker) training with DJL on tiny data. Two owners' runs train
 * at once on different workers; a worker killed with SIGKILL is found dead from its missed
 * heartbeats, its run is retried on the other worker and finishes with the first attempt's epochs
 * kept; a cancel reaches a worker; a browser on the web node sees the batches a worker trains.
 */
class ScaleOutTest {

  private static final Path DIR = Path.of("target/test-data/scale-out");
  private static String url;
  private static ConfigurableApplicationContext web;
  private static final Map<String, Process> workers = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    url = TestPostgres.freshDatabase("fashionlab_scale_out");
    Files.createDirectories(DIR);
    String[] common = {
      "--spring.profiles.active=postgres",
      "--spring.datasource.url=" + url,
      "--fashionlab.training.cnn-threads=1",
      "--logging.level.com.github.kagkarlsson=WARN"
    };
    web =
        new SpringApplicationBuilder(Application.class)
            .run(
                concat(
                    common,
                    "--fashionlab.role=web",
                    "--server.port=0",
                    "--fashionlab.storage.data-dir=" + DIR.resolve("web")));
    for (String name : List.of("w1", "w2")) {
      workers.put(
          name,
          ChildJvm.start(
              DIR.resolve(name + ".log"),
              concat(
                  common,
                  "--fashionlab.role=worker",
                  "--fashionlab.queue.worker-name=" + name,
                  "--fashionlab.storage.data-dir=" + DIR.resolve(name))));
    }
    WorkerRegistry registry = web.getBean(WorkerRegistry.class);
    await().atMost(Duration.ofSeconds(120)).until(() -> registry.alive() == 2);
  }

  @AfterAll
  static void stop() {
    workers.values().forEach(p -> p.destroyForcibly());
    if (web != null) {
      web.close();
    }
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  private static ModelSpec cnn(String name, int epochs) {
    return Presets.COURSE_CNN
        .withName(name)
        .withTraining(Presets.COURSE_CNN.training().withTrainingLimit(3_000).withEpochs(epochs));
  }

  private static ModelSpec mlp(String name) {
    return Presets.COURSE_MLP
        .withName(name)
        .withTraining(Presets.COURSE_MLP.training().withTrainingLimit(1_000).withEpochs(1));
  }

  @Test
  void twoWorkersShareTheClassSurviveALostWorkerAndStreamToTheWebNode() throws Exception {
    TrainingQueue queue = web.getBean(TrainingQueue.class);
    RunService runs = web.getBean(RunService.class);
    RunFeed feed = web.getBean(RunFeed.class);
    // Two owners, two runs each: ann's and the page user's, whose latest run (the long one) the
    // Train page will follow.
    String pageUser = TestAccounts.STUDENT.ensure(web).username;
    UUID pageShort = queue.submit(mlp("page short"), pageUser).id();
    UUID annLong = queue.submit(cnn("ann long", 6), TestAccounts.person(web, "ann")).id();
    UUID pageLong = queue.submit(cnn("page long", 100), pageUser).id();
    UUID annShort = queue.submit(mlp("ann short"), TestAccounts.person(web, "ann")).id();

    // The page user's short run goes first; then both long runs train at once, on different
    // workers, while ann's short one waits for her turn.
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> status(runs, pageShort) == RunStatus.FINISHED);
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                status(runs, annLong) == RunStatus.RUNNING
                    && status(runs, pageLong) == RunStatus.RUNNING);
    String annWorker = runs.progress(annLong).orElseThrow().worker();
    String pageWorker = runs.progress(pageLong).orElseThrow().worker();
    assertThat(annWorker).isNotEqualTo(pageWorker);
    assertThat(List.of(annWorker, pageWorker)).containsExactlyInAnyOrder("w1", "w2");
    assertThat(status(runs, annShort)).isEqualTo(RunStatus.QUEUED);

    // Kill the worker of ann's run as soon as it has stored an epoch, while it still trains (the
    // run is six short epochs: waiting for anything else first could let it finish).
    await()
        .atMost(Duration.ofSeconds(180))
        .until(() -> runs.summary(annLong).orElseThrow().epochsCompleted() >= 1);
    long killedAt = System.nanoTime();
    workers.get(annWorker).destroyForcibly().waitFor();
    assertThat(status(runs, annLong))
        .as("ann's run when its worker was killed")
        .isEqualTo(RunStatus.RUNNING);

    // The web node's feed receives what the worker writes: latency from batch to delivery.
    List<Long> feedLatency = new CopyOnWriteArrayList<>();
    Subscription watch =
        feed.watch(
            pageLong,
            u -> {
              RunProgress p = u.progress();
              if (p != null && p.progressAt() != null) {
                feedLatency.add(System.currentTimeMillis() - p.progressAt().toEpochMilli());
              }
            });
    ChromeDriver browser = BrowserSession.start();
    try {
      int port = ((WebServerApplicationContext) web).getWebServer().getPort();
      BrowserJourney.signIn(browser, port, pageUser, TestAccounts.PASSWORD);
      browser.get("http://localhost:" + port + "/train");
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .until(
              () ->
                  browser
                      .findElement(org.openqa.selenium.By.id("job-status"))
                      .getText()
                      .startsWith("Training on"));
      installLatencyProbe(browser);

      // Meanwhile the lost worker is found from its missed heartbeats.
      await()
          .atMost(Duration.ofSeconds(40))
          .until(
              () ->
                  !runs.details(annLong).orElseThrow().attempts().isEmpty()
                      && "INTERRUPTED"
                          .equals(runs.details(annLong).orElseThrow().attempts().get(0).outcome()));
      double detected = (System.nanoTime() - killedAt) / 1e9;
      System.out.printf("worker %s killed: run interrupted after %.1f s%n", annWorker, detected);
      assertThat(detected).isLessThan(25);

      // The page has shown batches for a while: at least two seconds of them.
      await().atMost(Duration.ofSeconds(30)).until(() -> browserLatencies(browser).size() >= 3);
      List<Long> seen = browserLatencies(browser);
      BrowserSession.screenshot(browser, "scale-out-train-page");
      System.out.println(
          "batch to browser, ms: "
              + percentiles(seen)
              + "; batch to web feed, ms: "
              + percentiles(feedLatency));
      assertThat(seen).as("batch points seen by the browser").isNotEmpty();
      assertThat(percentile(seen, 0.95)).isLessThan(2_000);
    } finally {
      browser.quit();
      watch.close();
    }
    assertThat(status(runs, pageLong))
        .as("the page's long run outlasts the kill and the browser")
        .isEqualTo(RunStatus.RUNNING);

    // A cancel reaches the surviving worker.
    long asked = System.nanoTime();
    assertThat(queue.cancel(pageLong)).isTrue();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> status(runs, pageLong) == RunStatus.CANCELLED);
    double cancelSeconds = (System.nanoTime() - asked) / 1e9;
    System.out.printf("cancel reached worker %s after %.2f s%n", pageWorker, cancelSeconds);
    assertThat(cancelSeconds).isLessThan(3);

    // ann's run is retried on the surviving worker and finishes; the killed attempt's epochs stay.
    for (UUID id : List.of(annLong, annShort)) {
      await().atMost(Duration.ofSeconds(240)).until(() -> !status(runs, id).isActive());
      assertThat(status(runs, id))
          .as(runs.summary(id).orElseThrow().message())
          .isEqualTo(RunStatus.FINISHED);
    }
    RunDetails retried = runs.details(annLong).orElseThrow();
    assertThat(retried.attempts()).hasSize(2);
    RunAttempt killed = retried.attempts().get(0);
    assertThat(killed.worker()).isEqualTo(annWorker);
    assertThat(killed.history()).hasSizeGreaterThanOrEqualTo(1);
    assertThat(killed.message()).contains("stopped responding");
    assertThat(retried.attempts().get(1).worker()).isEqualTo(pageWorker);
    assertThat(retried.attempts().get(1).outcome()).isEqualTo("FINISHED");
    assertThat(retried.history()).hasSize(6);
    assertThat(retried.summary().testAccuracy()).isGreaterThan(0.5);

    // The web node trained nothing and shares no folder with the workers: it predicts with the
    // model a worker stored in the database, exactly as that worker measured it on the test set.
    assertThat(runs.canPredict(annLong)).isTrue();
    List<float[]> images = RegistryFixtures.testImages(web.getBean(DatasetService.class), 200);
    List<float[]> probabilities = runs.predict(annLong, images);
    for (int i = 0; i < images.size(); i++) {
      assertThat(Probabilities.argMax(probabilities.get(i)))
          .as("test image %d", i)
          .isEqualTo(retried.testPredictions()[i]);
    }
    // Loading went through a temporary folder, gone again.
    Path webModels = DIR.resolve("web").resolve("models");
    if (Files.isDirectory(webModels)) {
      try (var left = Files.list(webModels)) {
        assertThat(left).isEmpty();
      }
    }
  }

  private static RunStatus status(RunService runs, UUID id) {
    return runs.summary(id).map(RunSummary::status).orElseThrow();
  }

  /** Records, in the page, how late each batch shown arrives (its batch time vs now). */
  private static void installLatencyProbe(ChromeDriver browser) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "window.__latency = [];"
                + "const probe = () => {"
                + "  const el = document.getElementById('progress-text');"
                + "  if (!el) { setTimeout(probe, 200); return; }"
                + "  new MutationObserver(() => {"
                + "    const at = Number(el.getAttribute('data-batch-at'));"
                + "    if (at) window.__latency.push(Date.now() - at);"
                + "  }).observe(el, {attributes: true, attributeFilter: ['data-batch-at']});"
                + "};"
                + "probe();");
  }

  @SuppressWarnings("unchecked")
  private static List<Long> browserLatencies(ChromeDriver browser) {
    Object found = ((JavascriptExecutor) browser).executeScript("return window.__latency || [];");
    List<Long> values = new ArrayList<>();
    for (Object o : (List<Object>) found) {
      values.add(((Number) o).longValue());
    }
    return values;
  }

  private static long percentile(List<Long> values, double p) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.isEmpty()
        ? -1
        : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }

  private static String percentiles(List<Long> values) {
    return "n "
        + values.size()
        + ", p50 "
        + percentile(values, 0.5)
        + ", p95 "
        + percentile(values, 0.95);
  }
}
