package org.fashionlab.training;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The TorchScript modules the training step calls, resources beside this class, scripted from
 * {@code src/main/torchscript} by {@code bin/script-torchscript} (committed: neither the build nor
 * the application needs Python).
 */
final class TorchScriptModules {

  private TorchScriptModules() {}

  /** Loads the module {@code resource} (a file name beside this class) into {@code manager}. */
  static PtSymbolBlock load(String resource, NDManager manager) {
    try (InputStream in = TorchScriptModules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return JniUtils.loadModule((PtNDManager) manager, in, false, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }
}
