package org.fashionlab.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.training.ModelImports;
import org.fashionlab.training.ModelRefusedException;
import org.fashionlab.training.ModelStore;
import org.fashionlab.training.TrainedModels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Model archives: a zip with {@code spec.json}, DJL's {@code model-NNNN.params} and {@code
 * metrics.json}. Imports accept nothing else and trust nothing in it: the unpacked size is bounded
 * by the compute budget ({@link ArchiveUnpacker}), the model is verified and its test results are
 * measured here ({@link ModelImports}), and the archive's own figures are only compared with them.
 * A refused import leaves no row, no stored model, no folder and no loaded model behind.
 */
@Service
public class RunArchive {

  private final RunRepository runs;
  private final RunJson json;
  private final RunLosses losses;
  private final TrainedModels models;
  private final ModelImports imports;
  private final WorkAccess access;
  private final ArchiveUnpacker unpacker;
  private final TransactionTemplate tx;

  public RunArchive(
      RunRepository runs,
      RunJson json,
      RunLosses losses,
      TrainedModels models,
      ModelImports imports,
      WorkAccess access,
      ComputeBudgets budgets,
      TransactionTemplate tx) {
    this.runs = runs;
    this.json = json;
    this.losses = losses;
    this.models = models;
    this.access = access;
    this.imports = imports;
    this.unpacker = new ArchiveUnpacker(budgets.maxParameterBytes(), imports);
    this.tx = tx;
  }

  /** The largest archive an import accepts: what the largest allowed network unpacks to. */
  public long maxArchiveBytes() {
    return unpacker.maxUnpackedBytes();
  }

  /** Writes the run's archive, spec.json first; the run must have a saved model. */
  public void export(UUID id, OutputStream out) throws IOException {
    Run run = runs.findById(id).orElseThrow(() -> RunService.notFound(id));
    ModelStore.Stored model =
        models
            .stored(id)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Run " + run.getName() + " has no trained model to export."));
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
    // spec.json first: an importer can then bound the parameter file by the spec's own size.
    zip.putNextEntry(new ZipEntry(ArchiveUnpacker.SPEC));
    zip.write(model.specJson().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(TrainedModels.PARAMS_FILE_NAME));
    zip.write(model.parameters());
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(ArchiveUnpacker.METRICS));
    zip.write(json.write(metrics).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  /**
   * Registers the model in an archive as a new, finished run, with test results measured here.
   *
   * @throws ImportRefusedException with the real cause when the archive is not ours, damaged, too
   *     large, over the compute budget, or its parameters do not fit its spec or are not finite
   */
  public RunSummary importArchive(InputStream in, String owner) throws IOException {
    UUID id = UUID.randomUUID();
    Path dir = models.newImportFolder();
    try {
      unpacker.unpack(in, dir);
      ArchiveMetrics claimed = readMetrics(dir.resolve(ArchiveUnpacker.METRICS));
      Files.deleteIfExists(dir.resolve(ArchiveUnpacker.METRICS));
      ModelImports.Verified verified = imports.verify(dir);
      // Run, model and losses in one transaction: all of them or none.
      return tx.execute(
          status -> {
            RunSummary imported =
                json.summary(runs.saveAndFlush(importedRun(id, verified, owner, claimed)));
            models.store(id, verified.spec(), verified.parameters());
            if (claimed != null && claimed.plausibleLosses() && !claimed.losses().isEmpty()) {
              losses.append(id, 0, 0, claimed.losses());
            }
            return imported;
          });
    } catch (ModelRefusedException e) {
      throw new ImportRefusedException(e.getMessage(), e);
    } finally {
      models.discardImportFolder(dir);
    }
  }

  private ArchiveMetrics readMetrics(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return json.read(Files.readString(file), ArchiveMetrics.class);
    } catch (IllegalStateException e) {
      throw new ImportRefusedException(
          "metrics.json is not valid JSON: "
              + e.getCause().getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  private Run importedRun(
      UUID id, ModelImports.Verified verified, String owner, ArchiveMetrics claimed) {
    Run run = json.newRun(id, verified.spec(), owner, access.accountId(owner));
    run.setCreatedAt(Instant.now());
    run.setFinishedAt(Instant.now());
    run.setUpdatedAt(Instant.now());
    run.setStatus(RunStatus.FINISHED);
    String trainer = claimed == null ? null : claimed.trainer();
    run.setMessage(
        "Imported"
            + (trainer == null ? "" : " (trained by " + trainer + ")")
            + "; test results measured here on "
            + String.format("%,d", verified.result().size())
            + " test images."
            + (claimed == null ? "" : claimed.notes(verified.result())));
    boolean history = claimed != null && claimed.plausibleHistory();
    json.setHistory(run, history ? claimed.history() : List.of());
    run.setTrainingSeconds(claimed == null ? null : claimed.plausibleTrainingSeconds());
    json.setResult(run, verified.result());
    return run;
  }
}
