package org.fashionlab.training;

import ai.djl.MalformedModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model folders ({@code <models>/<run id>/spec.json} and a parameter file) that versions before
 * models went into the database left on disk: each is stored, then its folder deleted.
 */
final class LegacyModelFolders {

  /** Stores one folder's model under its run id. */
  interface Sink {
    void store(UUID id, Path folder) throws IOException, MalformedModelException;
  }

  private static final Logger log = LoggerFactory.getLogger(LegacyModelFolders.class);

  private LegacyModelFolders() {}

  static void moveIntoStore(Path root, Sink sink) {
    if (!Files.isDirectory(root)) {
      return;
    }
    int moved = 0;
    try (Stream<Path> entries = Files.list(root)) {
      for (Path dir : entries.filter(Files::isDirectory).toList()) {
        UUID id = runId(dir);
        if (id == null || !Files.isRegularFile(dir.resolve(TrainedModels.SPEC_FILE))) {
          continue;
        }
        try {
          sink.store(id, dir);
          TrainedModels.deleteTree(dir);
          moved++;
        } catch (IOException | MalformedModelException | RuntimeException e) {
          log.warn("The model folder {} cannot be stored, left where it is: {}", dir, e.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (moved > 0) {
      log.info("Moved {} model folders from {} into the database", moved, root);
    }
  }

  private static UUID runId(Path dir) {
    try {
      return UUID.fromString(dir.getFileName().toString());
    } catch (IllegalArgumentException notARun) {
      return null;
    }
  }
}
