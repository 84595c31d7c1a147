package org.fashionlab.registry;

import ai.djl.MalformedModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.storage.StorageProperties;
import org.fashionlab.training.TestResult;
import org.fashionlab.training.TrainedModels;
import org.springframework.stereotype.Service;

/**
 * Model archives: a zip with {@code spec.json}, DJL's {@code model-NNNN.params} and {@code
 * metrics.json}. Imports accept nothing else, check that the parameters fit the spec, and leave
 * nothing behind when they refuse.
 */
@Service
public class RunArchive {

  private static final String SPEC = "spec.json";
  private static final String METRICS = "metrics.json";
  private static final Pattern PARAMS = Pattern.compile("model-\\d{4}\\.params");

  private final RunRepository runs;
  private final RunJson json;
  private final RunLosses losses;
  private final TrainedModels models;
  private final WorkAccess access;
  private final long maxBytes;

  public RunArchive(
      RunRepository runs,
      RunJson json,
      RunLosses losses,
      TrainedModels models,
      WorkAccess access,
      StorageProperties storage) {
    this.runs = runs;
    this.json = json;
    this.losses = losses;
    this.models = models;
    this.access = access;
    this.maxBytes = storage.maxImportMegabytes() * 1024L * 1024L;
  }

  /** Writes the run's archive; the run must have a saved model. */
  public void export(UUID id, OutputStream out) throws IOException {
    Run run = runs.findById(id).orElseThrow(() -> RunService.notFound(id));
    if (!models.exists(id)) {
      throw new IllegalStateException("Run " + run.getName() + " has no trained model to export.");
    }
    ArchiveMetrics metrics =
        new ArchiveMetrics(
            run.getOwner(),
            run.getTrainingSeconds(),
            json.history(run),
            losses.all(id, run.getAttempt()),
            run.getTestAccuracy(),
            run.getTestLoss(),
            run.getConfusionJson() == null
                ? null
                : json.read(run.getConfusionJson(), int[][].class),
            json.predictions(run));
    ZipOutputStream zip = new ZipOutputStream(out);
    try (Stream<Path> files = Files.list(models.folder(id))) {
      for (Path file : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
    zip.putNextEntry(new ZipEntry(METRICS));
    zip.write(json.write(metrics).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  /**
   * Registers the model in an archive as a new, finished run.
   *
   * @throws ImportRefusedException with a reason when the archive is not ours, damaged, or its
   *     parameters do not fit its spec
   */
  public RunSummary importArchive(InputStream in, String owner) throws IOException {
    UUID id = UUID.randomUUID();
    Path dir = models.newImportFolder();
    try {
      unpack(in, dir);
      ArchiveMetrics metrics = readMetrics(dir.resolve(METRICS));
      Files.deleteIfExists(dir.resolve(METRICS));
      ModelSpec spec = adopt(id, dir);
      try {
        RunSummary imported = json.summary(runs.save(importedRun(id, spec, owner, metrics)));
        if (metrics != null && metrics.losses() != null && !metrics.losses().isEmpty()) {
          losses.append(id, 0, 0, metrics.losses());
        }
        return imported;
      } catch (RuntimeException e) {
        models.delete(id);
        throw e;
      }
    } finally {
      models.discardImportFolder(dir);
    }
  }

  private ArchiveMetrics readMetrics(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    ArchiveMetrics metrics;
    try {
      metrics = json.read(Files.readString(file), ArchiveMetrics.class);
    } catch (IllegalStateException e) {
      throw new ImportRefusedException("metrics.json cannot be read: " + e.getMessage(), e);
    }
    boolean hasTest = metrics.confusion() != null || metrics.testPredictions() != null;
    if (hasTest && !completeTestMetrics(metrics)) {
      throw new ImportRefusedException("metrics.json has incomplete or inconsistent test results.");
    }
    return metrics;
  }

  private static boolean completeTestMetrics(ArchiveMetrics m) {
    int classes = org.fashionlab.dataset.FashionClass.values().length;
    return m.testAccuracy() != null
        && m.testLoss() != null
        && m.confusion() != null
        && m.testPredictions() != null
        && m.confusion().length == classes
        && java.util.Arrays.stream(m.confusion())
            .allMatch(row -> row != null && row.length == classes)
        && java.util.Arrays.stream(m.testPredictions()).allMatch(p -> p >= 0 && p < classes);
  }

  private ModelSpec adopt(UUID id, Path dir) throws IOException {
    try {
      return models.adopt(id, dir);
    } catch (InvalidSpecException e) {
      throw new ImportRefusedException("spec.json is not a valid model: " + e.getMessage(), e);
    } catch (MalformedModelException | IOException | RuntimeException e) {
      throw new ImportRefusedException(
          "The parameters do not match the architecture in spec.json (" + e.getMessage() + ").", e);
    }
  }

  private void unpack(InputStream in, Path dir) {
    Set<String> seen = new HashSet<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (entry.isDirectory()
            || !(SPEC.equals(name) || METRICS.equals(name) || PARAMS.matcher(name).matches())) {
          throw new ImportRefusedException(
              "Unexpected entry \""
                  + name
                  + "\": a Fashion Lab model archive holds only "
                  + "spec.json, metrics.json and model-NNNN.params.");
        }
        if (!seen.add(name)) {
          throw new ImportRefusedException("The archive holds \"" + name + "\" twice.");
        }
        total += copyLimited(zip, dir.resolve(name), maxBytes - total);
      }
    } catch (IOException e) {
      throw new ImportRefusedException(
          "The archive is damaged or not a zip file (" + e.getMessage() + ").", e);
    }
    if (seen.isEmpty()) {
      throw new ImportRefusedException("This file is not a zip archive, or it is empty.");
    }
    if (!seen.contains(SPEC)) {
      throw new ImportRefusedException(
          "The archive has no spec.json: it is not a Fashion Lab model.");
    }
    if (seen.stream().noneMatch(n -> PARAMS.matcher(n).matches())) {
      throw new ImportRefusedException(
          "The archive has no model-NNNN.params with the trained weights.");
    }
  }

  private static long copyLimited(InputStream in, Path target, long budget) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        written += n;
        if (written > budget) {
          throw new ImportRefusedException("The archive unpacks to more than the allowed size.");
        }
        out.write(buffer, 0, n);
      }
    }
    return written;
  }

  private Run importedRun(UUID id, ModelSpec spec, String owner, ArchiveMetrics metrics) {
    Run run = json.newRun(id, spec, owner, access.accountId(owner));
    run.setCreatedAt(Instant.now());
    run.setFinishedAt(Instant.now());
    run.setUpdatedAt(Instant.now());
    run.setStatus(RunStatus.FINISHED);
    run.setMessage(
        "Imported"
            + (metrics != null && metrics.owner() != null
                ? " (trained by " + metrics.owner() + ")"
                : ""));
    if (metrics != null) {
      run.setTrainingSeconds(metrics.trainingSeconds());
      json.setHistory(run, metrics.history() == null ? List.of() : metrics.history());
      if (metrics.confusion() != null && metrics.testPredictions() != null) {
        json.setResult(
            run,
            new TestResult(
                metrics.testLoss().floatValue(), metrics.testAccuracy().floatValue(),
                metrics.confusion(), metrics.testPredictions()));
      }
    }
    return run;
  }
}
