package org.fashionlab.storage;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Fashion Lab keeps its files.
 *
 * @param dataDir the data folder: embedded database (trained models included), temporary folders
 * @param uploadsDir uploaded photos
 * @param modelCacheMegabytes parameters of trained models kept loaded for prediction; the least
 *     recently used are unloaded beyond it (and loaded again from the database when asked)
 */
@Validated
@ConfigurationProperties("fashionlab.storage")
public record StorageProperties(
    @DefaultValue("data") Path dataDir,
    @DefaultValue("uploads") Path uploadsDir,
    @DefaultValue("256") @Min(1) int modelCacheMegabytes) {

  public long modelCacheBytes() {
    return modelCacheMegabytes * 1024L * 1024L;
  }

  /**
   * Temporary folders of models being loaded or imports being checked; earlier versions kept one
   * folder per trained model here, named by run id (moved into the database at start-up).
   */
  public Path modelsDir() {
    return dataDir.resolve("models");
  }
}
