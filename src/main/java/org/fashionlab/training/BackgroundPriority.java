package org.fashionlab.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training thread's CPU priority on Linux: its nice value, which the threads it starts later
 * inherit (libtorch's OpenMP workers are started by the first parallel operator of the thread that
 * calls it). With training at a higher nice value the pages and the API of the same host get the
 * cores first when they need them and the training gets the rest, so a class's uploads and clicks
 * are not slowed by the trainings beside them (bench/classify, 40 models: the API's p50 while a
 * Course CNN trained 49-52 ms at nice 0, 35-40 ms at nice 10). A thread keeps the value (an
 * unprivileged process cannot lower it again), which suits the queue's threads: they run nothing
 * but trainings. Elsewhere (no {@code /proc/thread-self}, no {@code renice}) it does nothing.
 */
final class BackgroundPriority {

  private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private static volatile boolean warned;

  private BackgroundPriority() {}

  /**
   * Sets the calling thread's nice value to {@code nice} unless it is that already or higher (an
   * unprivileged process can only raise it); 0 leaves it as it is.
   *
   * @return the calling thread's nice value afterwards, or empty where it cannot be read
   */
  static OptionalInt lower(int nice) {
    OptionalInt current = current();
    if (nice <= 0 || current.isEmpty() || current.getAsInt() >= nice) {
      return current;
    }
    try {
      String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      Process renice =
          new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
      } else if (renice.exitValue() != 0) {
        warnOnce("renice exited with " + renice.exitValue());
      }
    } catch (IOException e) {
      warnOnce(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return current();
  }

  /** The calling thread's nice value, from {@code /proc/thread-self/stat}. */
  static OptionalInt current() {
    return niceOf(THREAD_SELF);
  }

  /** The nice value of the thread or process at {@code proc} (a folder like /proc/self/task/N). */
  static OptionalInt niceOf(Path proc) {
    try {
      String stat = Files.readString(proc.resolve("stat"));
      // After the command's name in parentheses: state is field 3, nice field 19 (proc(5)).
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalInt.of(Integer.parseInt(fields[19 - 3]));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // not Linux, or the thread has ended
    }
  }

  private static void warnOnce(String why) {
    if (!warned) {
      warned = true;
      log.warn("Trainings keep the normal CPU priority ({}): pages may answer slower", why);
    }
  }
}
