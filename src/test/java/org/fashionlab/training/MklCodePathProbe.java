package org.fashionlab.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the code branch that libtorch's oneMKL chose in this JVM (oneMKL's own answer, {@code
 * mkl_serv_cbwr_get_auto_branch}: 2 generic, 12 AVX, 14 AVX2, 16 and up AVX-512) and a matrix
 * product's values, for {@link NativeEnvTest}, which starts it with and without bin/native-env's
 * preloads.
 */
public final class MklCodePathProbe {

  private MklCodePathProbe() {}

  public static void main(String[] args) throws IOException {
    try (NDManager manager = NDManager.newBaseManager()) {
      // Products of the dense layers' shapes: a CNN's flattened maps by 128 units.
      try (NDArray a = manager.arange(0f, 32 * 5408).reshape(new Shape(32, 5408)).sin();
          NDArray b = manager.arange(0f, 5408 * 128).reshape(new Shape(5408, 128)).cos();
          NDArray product = a.matMul(b)) {
        float[] values = product.toFloatArray();
        StringBuilder line = new StringBuilder("RESULT ").append(autoBranch()).append(' ');
        for (int i = 0; i < values.length; i += 31) {
          line.append(values[i]).append(',');
        }
        System.out.println(line);
      }
    }
  }

  /** oneMKL's code branch, read from the libtorch this JVM loaded (it carries oneMKL linked in). */
  private static int autoBranch() throws IOException {
    String libtorch =
        Files.readAllLines(Path.of("/proc/self/maps")).stream()
            .filter(line -> line.endsWith("/libtorch_cpu.so"))
            .map(line -> line.substring(line.indexOf('/')))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("libtorch_cpu.so is not loaded"));
    return NativeLibrary.getInstance(libtorch)
        .getFunction("mkl_serv_cbwr_get_auto_branch")
        .invokeInt(new Object[0]);
  }
}
