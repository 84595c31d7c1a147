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
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fashionlab.TestAccounts;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.storage.StorageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2WebTest
class RunArchiveTest {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired RunArchive archive;
  @Autowired DatasetService datasets;
  @Autowired StorageProperties storage;
  @Autowired RunJson json;

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
    assertThat(storage.modelsDir().resolve(id.toString())).doesNotExist();

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

  private void assertRefused(byte[] zip, String reason) {
    int rowsBefore = runs.list().size();
    List<Path> foldersBefore = folders();
    assertThatThrownBy(
            () ->
                archive.importArchive(
                    new ByteArrayInputStream(zip), TestAccounts.person(context, "eve")))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining(reason);
    assertThat(runs.list()).hasSize(rowsBefore);
    assertThat(folders()).containsExactlyInAnyOrderElementsOf(foldersBefore);
  }

  private List<Path> folders() {
    try (Stream<Path> list = Files.list(storage.modelsDir())) {
      return list.toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    assertThat(entries.keySet()).contains("spec.json", "metrics.json");
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
