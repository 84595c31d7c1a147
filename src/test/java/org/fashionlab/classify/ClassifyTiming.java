package org.fashionlab.classify;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.fashionlab.Application;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.base.ui.ServedPicture;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * bench/classify: where the time of one Classify request goes with many models. Starts the
 * application in this JVM (H2 in memory, port 0), trains -Dmodels models for one student (half
 * Course MLP, half Course CNN, 1 epoch on 600 images each), then times -Dreps requests to POST
 * /api/classify with an 800 x 800 JPEG, and each phase of the request called directly: decoding,
 * preprocessing, listing the usable models, each model's prediction, storing the upload. With
 * -Dtraining=true it repeats the request timing while a Course CNN trains on the same host. With
 * -Dbrowser=true it also times the Classify page in headless Chromium ({@link ClassifyPageTiming}),
 * once with few earlier uploads and once with a full history (50). Prints one JSON line per
 * measurement (milliseconds: p50, p95, min, max).
 */
public final class ClassifyTiming {

  private static final String PASSWORD = "classify-bench-pw";

  private ClassifyTiming() {}

  public static void main(String[] args) throws Exception {
    int models = Integer.getInteger("models", 40);
    int reps = Integer.getInteger("reps", 30);
    int warmups = Integer.getInteger("warmups", 20);
    Path dir = Files.createDirectories(Path.of("target/bench-classify"));
    System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).strip());
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(Application.class)
            .run(
                "--server.port=0",
                "--fashionlab.storage.data-dir=" + dir,
                "--spring.datasource.url=jdbc:h2:mem:classify-bench;DB_CLOSE_DELAY=-1",
                "--fashionlab.queue.max-queued-per-owner=1000",
                "--logging.level.org.fashionlab=WARN")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      app.getBean(Accounts.class).create("bench-student", "Bench Student", PASSWORD, Role.STUDENT);
      List<RunSummary> trained = train(app, models);
      byte[] photo = photo(app.getBean(DatasetService.class));
      System.out.printf(
          Locale.ROOT,
          "{\"models\":%d,\"photoBytes\":%d,\"cores\":%d}%n",
          trained.size(),
          photo.length,
          Runtime.getRuntime().availableProcessors());
      HttpClient http = HttpClient.newHttpClient();
      // Warm-up: the JIT, the models into the cache (a class's server has done this for hours).
      for (int i = 0; i < warmups; i++) {
        post(http, port, photo);
      }
      boolean browser = Boolean.getBoolean("browser");
      if (browser) { // the warm-ups' uploads at first, the page's own ones more at the end
        ClassifyPageTiming.measure(
            port,
            "bench-student",
            PASSWORD,
            photo,
            trained.size(),
            "page, "
                + warmups
                + "-"
                + (warmups + ClassifyPageTiming.uploads())
                + " earlier uploads");
      }
      print("api", time(reps, () -> post(http, port, photo)));
      print("api, as curl sends it (its own time_total)", curl(reps, port, photo, dir));
      get(http, port, "/api/me");
      print(
          "GET /api/me, HTTP Basic (what any API call costs)",
          time(reps, () -> get(http, port, "/api/me")));
      phases(app, photo, trained, reps);
      if (browser) { // the phases stored 2 x reps uploads: the history shows its 50 newest
        ClassifyPageTiming.measure(
            port, "bench-student", PASSWORD, photo, trained.size(), "page, 50 earlier uploads");
      }
      if (Boolean.getBoolean("training")) {
        UUID busy =
            app.getBean(TrainingQueue.class)
                .submit(
                    Presets.COURSE_CNN.withTraining(
                        Presets.COURSE_CNN.training().withEpochs(3).withTrainingLimit(20_000)),
                    "bench-student")
                .id();
        RunService runs = app.getBean(RunService.class);
        while (runs.summary(busy).orElseThrow().status() != RunStatus.RUNNING) {
          Thread.sleep(100);
        }
        print("api while a CNN trains", time(reps, () -> post(http, port, photo)));
        app.getBean(TrainingQueue.class).cancel(busy);
      }
    }
    System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    System.exit(0);
  }

  private static List<RunSummary> train(ConfigurableApplicationContext app, int count)
      throws InterruptedException {
    TrainingQueue queue = app.getBean(TrainingQueue.class);
    RunService runs = app.getBean(RunService.class);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ModelSpec preset = i % 2 == 0 ? Presets.COURSE_MLP : Presets.COURSE_CNN;
      ModelSpec spec =
          preset
              .withTraining(preset.training().withEpochs(1).withTrainingLimit(600))
              .withName(preset.name() + " " + (i + 1));
      ids.add(queue.submit(spec, "bench-student").id());
    }
    List<RunSummary> done = new ArrayList<>();
    for (UUID id : ids) {
      RunSummary run = runs.summary(id).orElseThrow();
      while (run.status().isActive()) {
        Thread.sleep(200);
        run = runs.summary(id).orElseThrow();
      }
      done.add(run);
    }
    return done;
  }

  /** Test image 10, grey on a light background, 800 x 800, as a phone photo would be: JPEG. */
  static byte[] photo(DatasetService datasets) throws IOException {
    int[] pixels = datasets.pixels(Split.TEST, 9);
    BufferedImage small = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < pixels.length; i++) {
      int v = 255 - pixels[i] * 3 / 4;
      small.setRGB(i % 28, i / 28, new Color(v, v, v).getRGB());
    }
    BufferedImage big = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = big.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(small, 0, 0, 800, 800, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(big, "jpg", out);
    return out.toByteArray();
  }

  /**
   * The same request from curl, timed by curl itself (from the connection to the last byte of the
   * answer, without starting the process): a second client beside Java's own.
   */
  private static double[] curl(int reps, int port, byte[] photo, Path dir) throws IOException {
    Path file = dir.resolve("photo.jpg");
    Files.write(file, photo);
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      Process curl =
          new ProcessBuilder(
                  "curl",
                  "-sS",
                  "--fail",
                  "-o",
                  "/dev/null",
                  "-w",
                  "%{time_total}",
                  "-H",
                  "Expect:", // as Java's client: no 100-continue round trip first
                  "-u",
                  "bench-student:" + PASSWORD,
                  "-F",
                  "file=@" + file + ";type=image/jpeg",
                  "http://localhost:" + port + "/api/classify")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String seconds = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        if (curl.waitFor() != 0) {
          throw new IllegalStateException("curl failed: " + seconds);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      ms[i] = Double.parseDouble(seconds.strip()) * 1000;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static void get(HttpClient http, int port, String path) {
    send(http, request(port, path).build());
  }

  private static void post(HttpClient http, int port, byte[] photo) {
    MultipartFile upload = MultipartFile.of("photo.jpg", "image/jpeg", photo);
    send(
        http,
        request(port, "/api/classify")
            .header("Content-Type", upload.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
            .build());
  }

  /** A request to {@code path} signed in as the bench's student (HTTP Basic). */
  private static HttpRequest.Builder request(int port, String path) {
    String auth =
        Base64.getEncoder()
            .encodeToString(("bench-student:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + auth);
  }

  /** Sends it, refusing anything but 200. */
  private static void send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void phases(
      ConfigurableApplicationContext app, byte[] photo, List<RunSummary> trained, int reps) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "bench-student",
                null,
                List.of(new SimpleGrantedAuthority(Role.STUDENT.authority()))));
    ClassifyProperties properties = app.getBean(ClassifyProperties.class);
    ImageDecoder decoder = new ImageDecoder(properties);
    PhotoPreprocessor preprocessor = new PhotoPreprocessor();
    ClassifyService service = app.getBean(ClassifyService.class);
    RunService runs = app.getBean(RunService.class);
    UploadStore store = app.getBean(UploadStore.class);
    UUID ownerId = app.getBean(WorkAccess.class).accountId("bench-student");
    ImageDecoder.Decoded decoded = decoder.decode(photo);
    PhotoPreprocessor.Result prepared =
        preprocessor.process(decoded.image(), decoded.orientation());
    print("decode", time(reps, () -> decoder.decode(photo)));
    print(
        "preprocess",
        time(reps, () -> preprocessor.process(decoded.image(), decoded.orientation())));
    print(
        "step pictures as the page sends them (JPEG at 280 px, PNG for the input; not the API's)",
        time(reps, () -> prepared.steps().forEach(s -> ServedPicture.of(s.image(), 280))));
    print("list usable models", time(reps, service::models));
    print(
        "predict, every model (one call each)",
        time(
            reps,
            () -> {
              for (RunSummary run : trained) {
                runs.predict(run.id(), List.of(prepared.input()));
              }
            }));
    RunSummary one = trained.get(trained.size() - 1);
    print(
        "predict, one Course CNN",
        time(reps, () -> runs.predict(one.id(), List.of(prepared.input()))));
    List<ModelPrediction> predictions = new ArrayList<>();
    for (RunSummary run : trained) {
      predictions.add(
          new ModelPrediction(
              run.id(),
              run.name(),
              run.architecture(),
              ClassifyService.top(runs.predict(run.id(), List.of(prepared.input())).get(0), 3)));
    }
    print(
        "store the upload",
        time(
            reps,
            () ->
                store.save(
                    photo, "bench-student", ownerId, decoded, prepared.input(), predictions)));
    print("whole service call", time(reps, () -> service.classify(photo, "bench-student", null)));
    SecurityContextHolder.clearContext();
  }

  private static double[] time(int reps, Runnable task) {
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      task.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static <T> double[] time(int reps, Supplier<T> task) {
    return time(reps, (Runnable) task::get);
  }

  static void print(String what, double[] sorted) {
    System.out.printf(
        Locale.ROOT,
        "{\"what\":\"%s\",\"p50\":%.1f,\"p95\":%.1f,\"min\":%.1f,\"max\":%.1f,\"n\":%d}%n",
        what,
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[0],
        sorted[sorted.length - 1],
        sorted.length);
  }
}
