/*
 * Fashion Lab class workload: 30 owners each submit one Course MLP (1 epoch on 10,000 images) at
 * once, to a web process (this JVM, role=web) and N worker processes (child JVMs, role=worker) on
 * one PostgreSQL. Prints, per worker count: time to drain the queue, the longest wait of any owner,
 * runs per minute per worker, the estimate of each run's start against its actual start, and the
 * latency from a worker's batch to the web node's feed (p50/p95).
 *
 * Run with bench/classroom (it builds the classpath). Options: -Dworkers=1,2 -Downers=30
 *   -Dimages=10000 -Ddb=jdbc:postgresql://127.0.0.1:5432/postgres (server; a fresh database
 *   fashionlab_bench is created on it)
 */
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fashionlab.Application;
import org.fashionlab.account.Accounts;
import org.fashionlab.security.Role;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.QueueStanding;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.queue.WorkerRegistry;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

public class ClassWorkload {

  public static void main(String[] args) throws Exception {
    List<Integer> workerCounts =
        Arrays.stream(System.getProperty("workers", "1,2").split(","))
            .map(Integer::parseInt)
            .toList();
    int owners = Integer.getInteger("owners", 30);
    int images = Integer.getInteger("images", 10_000);
    String server = System.getProperty("db", "jdbc:postgresql://127.0.0.1:5432/postgres");
    System.out.printf(
        "class workload: %d owners x 1 Course MLP (1 epoch, %,d images); load before %s%n",
        owners, images, Files.readString(Path.of("/proc/loadavg")).strip());
    for (int workers : workerCounts) {
      run(workers, owners, images, server);
    }
    System.exit(0);
  }

  static void run(int workerCount, int owners, int images, String server) throws Exception {
    String url = freshDatabase(server, "fashionlab_bench");
    Path dir = Files.createDirectories(Path.of("target/bench-class/" + workerCount));
    String[] common = {
      "--spring.profiles.active=postgres",
      "--spring.datasource.url=" + url,
      "--logging.level.com.github.kagkarlsson=WARN",
      "--logging.level.org.fashionlab=WARN"
    };
    List<Process> workers = new ArrayList<>();
    try (ConfigurableApplicationContext web =
        new SpringApplicationBuilder(Application.class)
            .run(concat(common, "--fashionlab.role=web", "--server.port=0",
                "--fashionlab.storage.data-dir=" + dir.resolve("web")))) {
      for (int w = 1; w <= workerCount; w++) {
        workers.add(worker(dir, "w" + w, common));
      }
      WorkerRegistry registry = web.getBean(WorkerRegistry.class);
      waitUntil(Duration.ofMinutes(3), () -> registry.alive() == workerCount);
      TrainingQueue queue = web.getBean(TrainingQueue.class);
      RunService runs = web.getBean(RunService.class);
      RunFeed feed = web.getBean(RunFeed.class);
      List<Long> latency = new CopyOnWriteArrayList<>();
      Map<UUID, Instant> estimates = new ConcurrentHashMap<>();
      ModelSpec spec =
          Presets.COURSE_MLP.withTraining(
              Presets.COURSE_MLP.training().withEpochs(1).withTrainingLimit(images));
      Accounts accounts = web.getBean(Accounts.class);
      for (int o = 1; o <= owners; o++) {
        accounts.create("student" + o, "Student " + o, "bench-password-4711", Role.STUDENT);
      }
      Instant begin = Instant.now();
      List<UUID> ids = new ArrayList<>();
      for (int o = 1; o <= owners; o++) {
        UUID id = queue.submit(spec.withName("class run " + o), "student" + o).id();
        ids.add(id);
        feed.watch(
            id,
            u -> {
              RunProgress p = u.progress();
              if (p != null && p.progressAt() != null && u.summary() != null
                  && u.summary().status().isActive()) {
                latency.add(System.currentTimeMillis() - p.progressAt().toEpochMilli());
              }
            });
      }
      for (UUID id : ids) {
        queue.standing(id).map(QueueStanding::estimatedStart).ifPresent(t -> estimates.put(id, t));
      }
      // What a student who looks again later sees: the estimates once 5 runs have been measured.
      Map<UUID, Instant> later = new ConcurrentHashMap<>();
      waitUntil(
          Duration.ofMinutes(30),
          () -> ids.stream().filter(id -> runs.summary(id).orElseThrow().status().name()
              .equals("FINISHED")).count() >= 5);
      for (UUID id : ids) {
        queue.standing(id).map(QueueStanding::estimatedStart).ifPresent(t -> later.put(id, t));
      }
      waitUntil(
          Duration.ofMinutes(60),
          () -> ids.stream().allMatch(id -> !runs.summary(id).orElseThrow().status().isActive()));
      double drain = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
      double longestWait = 0;
      List<Double> estimateErrors = new ArrayList<>();
      List<Double> laterErrors = new ArrayList<>();
      Map<String, List<Double>> durations = new ConcurrentHashMap<>();
      int finished = 0;
      for (UUID id : ids) {
        RunSummary run = runs.summary(id).orElseThrow();
        finished += run.status().name().equals("FINISHED") ? 1 : 0;
        Instant started = runs.progress(id).orElseThrow().startedAt();
        double wait = Duration.between(run.createdAt(), started).toMillis() / 1000.0;
        longestWait = Math.max(longestWait, wait);
        Instant estimated = estimates.get(id);
        if (estimated != null) {
          estimateErrors.add(Duration.between(started, estimated).toMillis() / 1000.0);
        }
        Instant estimatedLater = later.get(id);
        if (estimatedLater != null) {
          laterErrors.add(Duration.between(started, estimatedLater).toMillis() / 1000.0);
        }
        RunProgress progress = runs.progress(id).orElseThrow();
        durations
            .computeIfAbsent(progress.worker(), w -> new CopyOnWriteArrayList<>())
            .add(run.trainingSeconds() == null ? Double.NaN : run.trainingSeconds());
      }
      System.out.printf(
          Locale.ROOT,
          "%d worker(s): %d/%d finished; drained in %.1f s; longest wait %.1f s; %.1f runs/min per"
              + " worker; batch -> web feed p50 %d ms, p95 %d ms (n %d); start estimate minus"
              + " actual: median %+.1f s, min %+.1f s, max %+.1f s (n %d); load %s%n",
          workerCount, finished, owners, drain, longestWait, owners / (drain / 60) / workerCount,
          percentile(latency, 0.5), percentile(latency, 0.95), latency.size(),
          median(estimateErrors), min(estimateErrors), max(estimateErrors), estimateErrors.size(),
          Files.readString(Path.of("/proc/loadavg")).strip());
      System.out.printf(
          Locale.ROOT,
          "  estimates read once 5 runs had finished: start estimate minus actual median %+.1f s,"
              + " min %+.1f s, max %+.1f s (n %d)%n",
          median(laterErrors), min(laterErrors), max(laterErrors), laterErrors.size());
      durations.forEach(
          (worker, d) ->
              System.out.printf(
                  Locale.ROOT,
                  "  worker %s: %d runs, training seconds of the first (cold JVM) %.1f, of the rest median %.2f%n",
                  worker, d.size(), d.get(0), median(d.subList(1, d.size()))));
    } finally {
      workers.forEach(Process::destroy);
      for (Process p : workers) {
        p.waitFor();
      }
    }
  }

  static Process worker(Path dir, String name, String[] common) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(List.of(java.toString(), "-Xmx2g", "-Dai.djl.offline=true", "-cp",
            System.getProperty("java.class.path"), Application.class.getName()));
    command.addAll(List.of(concat(common, "--fashionlab.role=worker",
        "--fashionlab.queue.worker-name=" + name, "--fashionlab.storage.data-dir=" + dir.resolve(name))));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  static String freshDatabase(String server, String name) throws Exception {
    try (Connection c = DriverManager.getConnection(server, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    return server.substring(0, server.lastIndexOf('/') + 1) + name;
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  static void waitUntil(Duration limit, Condition condition) throws Exception {
    Instant end = Instant.now().plus(limit);
    while (!condition.holds()) {
      if (Instant.now().isAfter(end)) {
        throw new IllegalStateException("not reached within " + limit);
      }
      Thread.sleep(200);
    }
  }

  static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  static long percentile(List<Long> values, double p) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size()));
  }

  static double median(List<Double> v) {
    List<Double> s = v.stream().sorted().toList();
    return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
  }

  static double min(List<Double> v) {
    return v.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
  }

  static double max(List<Double> v) {
    return v.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
  }
}
