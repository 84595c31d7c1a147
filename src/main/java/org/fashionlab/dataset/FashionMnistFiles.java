package org.fashionlab.dataset;

import ai.djl.basicdataset.BasicDatasets;
import ai.djl.repository.Repository;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the original Fashion-MNIST files and turns them into a local DJL repository.
 *
 * <p>Order: the configured folder, then Debian's {@code dataset-fashion-mnist} package, then (only
 * where neither exists) DJL's default online repository. The local repository is a folder with the
 * four uncompressed files named the way DJL's {@code FashionMnist} expects, which DJL reads as a
 * simple repository without metadata or cache.
 */
final class FashionMnistFiles {

  private static final Logger log = LoggerFactory.getLogger(FashionMnistFiles.class);

  static final String FIX =
      "Install it with 'sudo apt-get install dataset-fashion-mnist' (Debian/Ubuntu), or set"
          + " fashionlab.dataset.dir to a folder holding train-images-idx3-ubyte.gz,"
          + " train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz.";

  /** One of the four files: DJL's key, the original name, its IDX magic number and count. */
  private record Part(String key, String original, int magic, int count) {}

  private static final List<Part> PARTS =
      List.of(
          new Part("train_data", "train-images-idx3-ubyte", 2051, 60_000),
          new Part("train_labels", "train-labels-idx1-ubyte", 2049, 60_000),
          new Part("test_data", "t10k-images-idx3-ubyte", 2051, 10_000),
          new Part("test_labels", "t10k-labels-idx1-ubyte", 2049, 10_000));

  private final DatasetProperties properties;

  FashionMnistFiles(DatasetProperties properties) {
    this.properties = properties;
  }

  /** The repository to hand to {@code FashionMnist.builder().optRepository}. */
  Repository repository() {
    Optional<Path> source = sourceFolder();
    if (source.isPresent()) {
      Path folder = prepareLocalRepository(source.get());
      return Repository.newInstance("fashion-mnist-local", folder);
    }
    if (!properties.allowDownload() || Boolean.getBoolean("ai.djl.offline")) {
      throw new DatasetUnavailableException("Fashion-MNIST was not found on this machine. " + FIX);
    }
    log.warn("No local Fashion-MNIST files; using DJL's online repository");
    return BasicDatasets.REPOSITORY;
  }

  private Optional<Path> sourceFolder() {
    if (properties.dir() != null) {
      if (!hasAllParts(properties.dir())) {
        throw new DatasetUnavailableException(
            "fashionlab.dataset.dir is "
                + properties.dir().toAbsolutePath()
                + " but it does not hold the four Fashion-MNIST files. "
                + FIX);
      }
      return Optional.of(properties.dir());
    }
    if (properties.systemDir() != null && hasAllParts(properties.systemDir())) {
      return Optional.of(properties.systemDir());
    }
    return Optional.empty();
  }

  private static boolean hasAllParts(Path folder) {
    return PARTS.stream().allMatch(part -> find(folder, part).isPresent());
  }

  private static Optional<Path> find(Path folder, Part part) {
    return List.of(part.original() + ".gz", part.original(), part.key()).stream()
        .map(folder::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private Path prepareLocalRepository(Path source) {
    Path target = properties.workDir().toAbsolutePath();
    try {
      Files.createDirectories(target);
      for (Part part : PARTS) {
        Path prepared = target.resolve(part.key());
        if (Files.isRegularFile(prepared) && hasValidHeader(prepared, part)) {
          continue;
        }
        Path from = find(source, part).orElseThrow();
        Path tmp = Files.createTempFile(target, part.key(), ".tmp");
        try (InputStream in = open(from)) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!hasValidHeader(tmp, part)) {
          Files.deleteIfExists(tmp);
          throw new DatasetUnavailableException(
              from + " is not a valid Fashion-MNIST " + part.original() + " file. " + FIX);
        }
        Files.move(tmp, prepared, StandardCopyOption.ATOMIC_MOVE);
        log.info("Prepared {} from {}", prepared, from);
      }
      return target;
    } catch (IOException e) {
      throw new DatasetUnavailableException(
          "Could not prepare Fashion-MNIST in " + target + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  private static boolean hasValidHeader(Path file, Part part) throws IOException {
    long expectedSize = 8L + (part.magic() == 2051 ? 8L + 784L * part.count() : part.count());
    if (Files.size(file) != expectedSize) {
      return false;
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      return in.readInt() == part.magic() && in.readInt() == part.count();
    }
  }
}
