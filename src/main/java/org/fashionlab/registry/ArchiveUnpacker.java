package org.fashionlab.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fashionlab.budget.Quantities;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.NetworkSummary;
import org.fashionlab.training.ModelImports;
import org.fashionlab.training.TrainedModels;

/**
 * Unpacks a model archive, counting the bytes of each entry as they stream, so that a zip bomb is
 * refused before more than the limit reaches the disk. The limits come from the compute budget: a
 * parameter file can hold no more than the largest network allowed, and once spec.json has been
 * read (exports write it first), no more than that network's own parameters. spec.json is checked
 * as soon as it arrives, so an archive asking for too large a network writes no parameter at all.
 */
final class ArchiveUnpacker {

  static final String SPEC = "spec.json";
  static final String METRICS = "metrics.json";

  /** spec.json of the largest allowed network is about 1 KB. */
  static final long SPEC_LIMIT = 64 * 1024;

  /** metrics.json: 100 epochs, 100,000 loss points and 10,000 test predictions fit easily. */
  static final long METRICS_LIMIT = 8L * 1024 * 1024;

  /** DJL's headers, names and batch-norm statistics beside the 32-bit weights. */
  static final long PARAMETERS_SLACK = 1024 * 1024;

  private final long maxParameterBytes;
  private final ModelImports imports;

  ArchiveUnpacker(long maxParameterBytes, ModelImports imports) {
    this.maxParameterBytes = maxParameterBytes;
    this.imports = imports;
  }

  /** The largest unpacked archive: spec, metrics and the largest allowed parameter file. */
  long maxUnpackedBytes() {
    return SPEC_LIMIT + METRICS_LIMIT + maxParameterBytes + PARAMETERS_SLACK;
  }

  /**
   * Writes the archive's entries into {@code dir}.
   *
   * @throws ImportRefusedException saying which entry is wrong or too large, and why
   */
  void unpack(InputStream in, Path dir) {
    Set<String> seen = new HashSet<>();
    long parametersLimit = maxParameterBytes + PARAMETERS_SLACK;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        boolean parameters = TrainedModels.PARAMS_FILE.matcher(name).matches();
        if (entry.isDirectory() || !(SPEC.equals(name) || METRICS.equals(name) || parameters)) {
          throw new ImportRefusedException(
              "Unexpected entry \""
                  + name
                  + "\": a Fashion Lab model archive holds only "
                  + "spec.json, metrics.json and model-NNNN.params.");
        }
        if (!seen.add(name)) {
          throw new ImportRefusedException("The archive holds \"" + name + "\" twice.");
        }
        if (parameters && seen.stream().filter(n -> !n.endsWith(".json")).count() > 1) {
          throw new ImportRefusedException(
              "The archive holds more than one model-NNNN.params: a model has one.");
        }
        if (SPEC.equals(name)) {
          byte[] spec = readLimited(zip, SPEC_LIMIT, name);
          Files.write(dir.resolve(name), spec);
          parametersLimit = Math.min(parametersLimit, expectedParameterBytes(spec));
        } else {
          copyLimited(zip, dir.resolve(name), parameters ? parametersLimit : METRICS_LIMIT, name);
        }
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
    if (seen.stream().noneMatch(n -> TrainedModels.PARAMS_FILE.matcher(n).matches())) {
      throw new ImportRefusedException(
          "The archive has no model-NNNN.params with the trained weights.");
    }
  }

  /** The parameter file of the spec's network: its weights plus DJL's slack. */
  private long expectedParameterBytes(byte[] spec) {
    ModelSpec checked = imports.readSpec(spec); // refuses a spec over the budget right here
    return NetworkSummary.of(checked.network()).totalParameters() * Float.BYTES + PARAMETERS_SLACK;
  }

  private static byte[] readLimited(InputStream in, long limit, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copy(in, out, limit, name);
    return out.toByteArray();
  }

  private static void copyLimited(InputStream in, Path target, long limit, String name)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      copy(in, out, limit, name);
    }
  }

  private static void copy(InputStream in, OutputStream out, long limit, String name)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long written = 0;
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      if (written + n > limit) {
        throw new ImportRefusedException(
            name
                + " unpacks to more than "
                + Quantities.bytes(limit)
                + ", more than a model this server accepts can need. Nothing was kept.");
      }
      out.write(buffer, 0, n);
      written += n;
    }
  }
}
