package org.fashionlab.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded H2 database at {@code <fashionlab.storage.data-dir>/fashionlab} as an
 * absolute path (H2 refuses paths relative to the working directory), unless {@code
 * spring.datasource.url} is set, as the {@code postgres} profile does.
 */
public class EmbeddedDatabaseUrl implements EnvironmentPostProcessor {

  static final String URL = "spring.datasource.url";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty(URL)) {
      return;
    }
    Path dataDir = Path.of(environment.getProperty("fashionlab.storage.data-dir", "data"));
    // WRITE_DELAY=0: a commit reaches the disk before it returns, so a killed process keeps
    // every epoch it reported (H2 otherwise flushes up to half a second later).
    String url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().normalize().resolve("fashionlab")
            + ";WRITE_DELAY=0";
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("fashionlab-embedded-db", Map.of(URL, url)));
  }
}
