package org.fashionlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A separate JVM on the test classpath, as a real extra process. */
public final class ChildJvm {

  private ChildJvm() {}

  /** Starts the application with {@code args}; its output goes to {@code log}. */
  public static Process start(Path log, String... args) throws IOException {
    List<String> command = command(Application.class.getName(), "-Xmx2g");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * The command line that runs {@code mainClass} in a fresh JVM with the test classpath, DJL
   * offline and {@code options} (JVM options such as -Xmx or -D...).
   */
  public static List<String> command(String mainClass, String... options) {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dai.djl.offline=true");
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", classpath, mainClass));
    return command;
  }

  /**
   * Runs {@code process} to its end (at most {@code timeoutSeconds}) and returns what its last line
   * starting with "RESULT " says after that word, or null when it printed none.
   */
  public static String result(ProcessBuilder process, long timeoutSeconds)
      throws IOException, InterruptedException {
    Process started = process.redirectErrorStream(true).start();
    String result = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("RESULT ")) {
          result = line.substring("RESULT ".length());
        }
      }
    }
    if (!started.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      started.destroyForcibly();
      throw new IllegalStateException("The child JVM ran longer than " + timeoutSeconds + " s");
    }
    return result;
  }
}
