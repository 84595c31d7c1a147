package org.fashionlab.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Fashion Lab keeps its files.
 *
 * @param dataDir the data folder: embedded database, trained models
 * @param uploadsDir uploaded photos
 * @param maxImportMegabytes largest unpacked size of an imported model archive
 */
@ConfigurationProperties("fashionlab.storage")
public record StorageProperties(
    @DefaultValue("data") Path dataDir,
    @DefaultValue("uploads") Path uploadsDir,
    @DefaultValue("600") int maxImportMegabytes) {

  /** One folder per trained model, named by run id. */
  public Path modelsDir() {
    return dataDir.resolve("models");
  }
}
