package org.fashionlab.dataset;

import java.nio.file.Path;

/** One {@link DatasetService} for all plain tests of a JVM: the data loads once. */
public final class SharedDatasets {

  private static DatasetService instance;

  private SharedDatasets() {}

  public static synchronized DatasetService get() {
    if (instance == null) {
      instance = new DatasetService(properties(null));
    }
    return instance;
  }

  public static DatasetProperties properties(Path dir) {
    return new DatasetProperties(
        dir, Path.of("/usr/share/datasets/fashion-mnist"), Path.of("target/fashion-mnist"), false);
  }
}
