package org.fashionlab;

import java.nio.file.Path;
import java.util.Map;
import org.fashionlab.storage.EmbeddedDatabaseUrl;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application's own embedded default database (an H2 file in the data folder) for tests that
 * start the app themselves: the test configuration otherwise gives every context an in-memory one.
 */
public final class EmbeddedDatabases {

  private EmbeddedDatabases() {}

  /** The JDBC URL the app computes for {@code dataDir}. */
  public static String fileUrl(Path dataDir) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test", Map.of("fashionlab.storage.data-dir", dataDir.toString())));
    new EmbeddedDatabaseUrl().postProcessEnvironment(environment, null);
    return environment.getProperty("spring.datasource.url");
  }
}
