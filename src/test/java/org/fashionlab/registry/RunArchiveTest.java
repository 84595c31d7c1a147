package org.fashionlab.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fashionlab.TestAccounts;
import org.fashionlab.budget.BudgetSpecs;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.storage.StorageProperties;
import org.fashionlab.training.ModelImports;
import org.fashionlab.training.TrainedModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@H2WebTest
class RunArchiveTest {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired RunArchive archive;
  @Autowired DatasetService datasets;
  @Autowired StorageProperties storage;
  @Autowired RunJson json;
  @Autowired TrainedModels models;
  @Autowired JdbcTemplate jdbc;
  @Autowired ModelImports imports;

  private static UUID trained;

  @BeforeEach
  void trainOnce() {
    if (trained == null) {
      trained =
          queue
              .submit(RegistryFixtures.quickMlp(1_000, 1), TestAccounts.person(context, "lin"))
              .id();
      assertThat(RegistryFixtures.awaitDone(runs, trained).status()).isEqualTo(RunStatus.FINISHED);
    }
  }

  private byte[] exported() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    archive.export(trained, out);
    return out.toByteArray();
  }

  @Test
  void exportDeleteImportGivesTheSamePredictionsOn100TestImages() throws IOException {
    UUID id =
        queue.submit(RegistryFixtures.quickMlp(1_000, 1), TestAccounts.person(context, "lin")).id();
    RegistryFixtures.awaitDone(runs, id);
    List<float[]> images = RegistryFixtures.testImages(datasets, 100);
    List<float[]> before = runs.predict(id, images);
    RunDetails original = runs.details(id).orElseThrow();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    archive.export(id, zip);

    queue.delete(id);
    assertThat(runs.summary(id)).isEmpty();
    assertThat(models.exists(id)).isFalse();

    RunSummary imported =
        archive.importArchive(
            new ByteArrayInputStream(zip.toByteArray()), TestAccounts.person(context, "kim"));
    assertThat(imported.id()).isNotEqualTo(id);
    assertThat(imported.status()).isEqualTo(RunStatus.FINISHED);
    assertThat(imported.testAccuracy()).isEqualTo(original.summary().testAccuracy());
    List<float[]> after = runs.predict(imported.id(), images);
    for (int i = 0; i < 100; i++) {
      assertThat(after.get(i)).containsExactly(before.get(i));
    }
    RunDetails copy = runs.details(imported.id()).orElseThrow();
    assertThat(copy.history()).isEqualTo(original.history());
    assertThat(copy.confusion()).isEqualTo(original.confusion());
  }

  @Test
  void startUpMovesModelFoldersOfEarlierVersionsIntoTheDatabaseAndDropsModelsWithoutARun()
      throws IOException {
    UUID id =
        queue.submit(RegistryFixtures.quickMlp(1_000, 1), TestAccounts.person(context, "lin")).id();
    RegistryFixtures.awaitDone(runs, id);
    List<float[]> images = RegistryFixtures.testImages(datasets, 20);
    List<float[]> before = runs.predict(id, images);
    // As an earlier version kept it: <models>/<run id>/spec.json and DJL's parameter file.
    var stored = models.stored(id).orElseThrow();
    models.delete(id);
    Path legacy = Files.createDirectories(storage.modelsDir().resolve(id.toString()));
    Files.writeString(legacy.resolve("spec.json"), stored.specJson());
    Files.write(legacy.resolve("model-0001.params"), stored.parameters());
    // A model whose run is gone (deleted between its row and its model).
    UUID orphan = UUID.randomUUID();
    models.store(orphan, Presets.COURSE_MLP, stored.parameters());

    models.tidyUp();

    assertThat(legacy).doesNotExist();
    assertThat(models.stored(id).orElseThrow().parameters()).isEqualTo(stored.parameters());
    List<float[]> after = runs.predict(id, images);
    for (int i = 0; i < images.size(); i++) {
      assertThat(after.get(i)).containsExactly(before.get(i));
    }
    assertThat(models.exists(orphan)).isFalse();
    assertThat(models.exists(trained)).isTrue();
  }

  @Test
  void randomBytesAreRefused() {
    byte[] noise = new byte[4096];
    new Random(1).nextBytes(noise);
    assertRefused(noise, "not a zip");
  }

  @Test
  void aZipWithoutSpecIsRefused() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.remove("spec.json");
    assertRefused(zip(entries), "no spec.json");
  }

  @Test
  void aSpecForAnotherArchitectureIsRefused() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.put("spec.json", json.write(Presets.THREE_LAYER_MLP).getBytes(StandardCharsets.UTF_8));
    assertRefused(zip(entries), "do not match the architecture");
  }

  @Test
  void zipSlipEntryNamesAreRefused() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.put("../../x", new byte[] {1});
    assertRefused(zip(entries), "Unexpected entry \"../../x\"");
    assertThat(Path.of("target/test-data/x")).doesNotExist();
  }

  @Test
  void aTruncatedArchiveIsRefused() throws IOException {
    byte[] whole = exported();
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertRefused(half, "damaged");
  }

  @Test
  void aLyingArchiveShowsTheTestResultsMeasuredHereNotItsClaims() throws IOException {
    RunDetails original = runs.details(trained).orElseThrow();
    Map<String, byte[]> entries = entries(exported());
    String metrics = new String(entries.get("metrics.json"), StandardCharsets.UTF_8);
    String lying =
        metrics
            .replaceFirst("\"testAccuracy\":[0-9.E-]+", "\"testAccuracy\":7.5")
            .replaceFirst("\"validationAccuracy\":[0-9.E-]+", "\"validationAccuracy\":7.5")
            .replaceFirst("\"testPredictions\":\\[[0-9,]+]", "\"testPredictions\":[]");
    assertThat(lying).contains("\"testAccuracy\":7.5").contains("\"validationAccuracy\":7.5");
    entries.put("metrics.json", lying.getBytes(StandardCharsets.UTF_8));

    RunSummary imported = archive.importArchive(new ByteArrayInputStream(zip(entries)), "kim");

    assertThat(imported.testAccuracy()).isEqualTo(original.summary().testAccuracy()).isLessThan(1);
    assertThat(imported.finalValidationAccuracy()).isNull();
    assertThat(imported.message())
        .contains("test results measured here on 10,000 test images")
        .contains("claimed a test accuracy of 7.5, which is not a share between 0 and 1")
        .contains("training history was left out");
    RunDetails details = runs.details(imported.id()).orElseThrow();
    assertThat(details.confusion()).isEqualTo(original.confusion());
    assertThat(details.testPredictions()).isEqualTo(original.testPredictions());
    assertThat(details.history()).isEmpty();
  }

  @Test
  void aPlausibleButWrongClaimIsShownAsClaimedBesideTheMeasuredAccuracy() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    String metrics = new String(entries.get("metrics.json"), StandardCharsets.UTF_8);
    entries.put(
        "metrics.json",
        metrics
            .replaceFirst("\"testAccuracy\":[0-9.E-]+", "\"testAccuracy\":0.99")
            .getBytes(StandardCharsets.UTF_8));

    RunSummary imported = archive.importArchive(new ByteArrayInputStream(zip(entries)), "kim");

    assertThat(imported.testAccuracy())
        .isEqualTo(runs.summary(trained).orElseThrow().testAccuracy());
    assertThat(imported.message()).contains("The archive claimed 99.0% test accuracy.");
    assertThat(runs.details(imported.id()).orElseThrow().history()).isNotEmpty();
  }

  @Test
  void nanWeightsAreRefusedWithTheParameterName() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    String params = Archives.parameterEntry(entries);
    byte[] weights = entries.get(params).clone();
    // The file ends with the output layer's last bias, a little-endian float: make it NaN.
    int last = weights.length - 4;
    weights[last] = 0;
    weights[last + 1] = 0;
    weights[last + 2] = (byte) 0xc0;
    weights[last + 3] = 0x7f;
    entries.put(params, weights);
    assertRefused(zip(entries), "bias holds NaN values");
  }

  @Test
  void aBrokenSpecJsonSaysSoInsteadOfAParameterMismatch() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.put("spec.json", "{\"name\": \"x\",".getBytes(StandardCharsets.UTF_8));
    assertRefused(zip(entries), "spec.json is not valid JSON");

    String spec = json.write(RegistryFixtures.quickMlp(1_000, 1));
    entries.put("spec.json", spec.replace("\"epochs\":1", "\"epochs\":1.5").getBytes());
    assertRefused(zip(entries), "spec.json: training.epochs: expected a whole number, got 1.5");
  }

  @Test
  void aSpecOverTheBudgetIsRefusedBeforeAnythingIsBuilt() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.put("spec.json", json.write(BudgetSpecs.hugeCnn()).getBytes(StandardCharsets.UTF_8));
    long before = rss();
    // Building this network alone would take 3.5 GB.
    assertRefused(zip(entries), "882 million parameters (limit 25 million)");
    assertThat(rss() - before).isLessThan(200L << 20);
  }

  @Test
  void aParameterFileClaimingAHugeArrayIsRefusedWithoutAllocatingIt() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    String params = Archives.parameterEntry(entries);
    byte[] weights = entries.get(params).clone();
    // The first weight (128 x 784 floats) is preceded by its byte order and length, 401,408.
    int at = indexOf(weights, new byte[] {'<', 0, 6, 0x20, 0});
    assertThat(at).isPositive();
    weights[at + 1] = 0x7f;
    weights[at + 2] = (byte) 0xff;
    weights[at + 3] = (byte) 0xff;
    weights[at + 4] = (byte) 0xf0;
    entries.put(params, weights);
    long before = rss();
    assertRefused(zip(entries), "does not have the shape spec.json needs ((128, 784))");
    assertThat(rss() - before).isLessThan(200L << 20);
  }

  @Test
  void aZipBombIsRefusedBeforeMoreThanTheSpecsOwnWeightsReachTheDisk() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    String params = Archives.parameterEntry(entries);
    byte[] bomb = bomb(new String(entries.get("spec.json"), StandardCharsets.UTF_8), params);
    assertThat(bomb.length).isLessThan(1 << 20);
    assertRefused(bomb, params + " unpacks to more than 1 MB");

    // Unpacked into a folder of the test's own, to see what was written before the refusal.
    Path dir = Files.createTempDirectory(storage.dataDir(), "bomb-");
    ArchiveUnpacker unpacker = new ArchiveUnpacker(4 << 20, imports);
    assertThatThrownBy(() -> unpacker.unpack(new ByteArrayInputStream(bomb), dir))
        .isInstanceOf(ImportRefusedException.class);
    long limit = 101_770L * 4 + ArchiveUnpacker.PARAMETERS_SLACK;
    assertThat(Files.size(dir.resolve(params))).isLessThanOrEqualTo(limit);
  }

  @Test
  void twoParameterFilesAreRefused() throws IOException {
    Map<String, byte[]> entries = entries(exported());
    entries.put("model-0009.params", entries.get(Archives.parameterEntry(entries)));
    assertRefused(zip(entries), "more than one model-NNNN.params");
  }

  /** spec.json, then a parameter file of 200 MB of zeros, which deflate to about 200 KB. */
  private static byte[] bomb(String spec, String params) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("spec.json"));
      zip.write(spec.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(params));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static long rss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS");
  }

  private void assertRefused(byte[] zip, String reason) {
    int rowsBefore = runs.list().size();
    int loadedBefore = models.loadedModels();
    List<Path> foldersBefore = folders();
    long storedBefore = storedModels();
    assertThatThrownBy(
            () ->
                archive.importArchive(
                    new ByteArrayInputStream(zip), TestAccounts.person(context, "eve")))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining(reason);
    assertThat(runs.list()).hasSize(rowsBefore);
    assertThat(folders()).containsExactlyInAnyOrderElementsOf(foldersBefore);
    assertThat(storedModels()).isEqualTo(storedBefore);
    assertThat(models.loadedModels()).isEqualTo(loadedBefore);
  }

  private List<Path> folders() {
    if (!Files.isDirectory(storage.modelsDir())) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(storage.modelsDir())) {
      return list.toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private long storedModels() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM run_models", Long.class);
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    return Archives.entries(zip);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    return Archives.zip(entries);
  }
}
