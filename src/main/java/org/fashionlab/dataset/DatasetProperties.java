package org.fashionlab.dataset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Fashion-MNIST comes from.
 *
 * @param dir a folder holding the four original files (gz or uncompressed); checked first
 * @param systemDir where Debian's {@code dataset-fashion-mnist} package installs the files
 * @param workDir where the uncompressed local DJL repository is prepared
 * @param allowDownload whether DJL's online repository may be used when no local files exist
 */
@ConfigurationProperties("fashionlab.dataset")
public record DatasetProperties(
    Path dir,
    @DefaultValue("/usr/share/datasets/fashion-mnist") Path systemDir,
    @DefaultValue("data/fashion-mnist") Path workDir,
    @DefaultValue("true") boolean allowDownload) {}
