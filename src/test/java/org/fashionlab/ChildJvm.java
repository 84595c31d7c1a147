package org.fashionlab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The application in a separate JVM on the test classpath, as a real extra process. */
public final class ChildJvm {

  private ChildJvm() {}

  /** Starts the application with {@code args}; its output goes to {@code log}. */
  public static Process start(Path log, String... args) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx2g",
            "-Dai.djl.offline=true",
            "-cp",
            classpath,
            Application.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
