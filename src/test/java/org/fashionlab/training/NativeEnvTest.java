package org.fashionlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.fashionlab.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * bin/native-env, which bin/run and the benchmarks source before starting the JVM: its preloads
 * (jemalloc, and src/main/native/mkl-code-path.c built with the C compiler) and what they change in
 * a real JVM running libtorch ({@link MklCodePathProbe}): oneMKL's code branch for matrix products,
 * and the products' values, which must not change beyond rounding.
 */
class NativeEnvTest {

  /** oneMKL's code branch numbers (mkl_cbwr.h): MKL_CBWR_AVX2. */
  static final int AVX2 = 14;

  @Test
  void preloadsJemallocAndTheMklCodePathLibrary() throws Exception {
    assumeThat(System.getProperty("os.arch")).isEqualTo("amd64");
    String[] preloads = nativeEnvPreload().split(":");

    assertThat(preloads).contains("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2");
    Path mkl = Path.of("target/native/libmkl-code-path.so").toAbsolutePath();
    assertThat(preloads).contains(mkl.toString());
    assertThat(mkl).isRegularFile();
  }

  @Test
  void theMatrixProductsTakeOneMklsAvx2PathWithTheSameValues() throws Exception {
    assumeThat(System.getProperty("os.arch")).isEqualTo("amd64");
    String cpu = Files.readString(Path.of("/proc/cpuinfo"));
    assumeThat(cpu).as("a CPU with AVX2 and FMA").contains(" avx2 ").contains(" fma ");

    String[] plain = probe("").split(" ");
    String[] preloaded = probe(nativeEnvPreload()).split(" ");

    assertThat(Integer.parseInt(preloaded[0]))
        .as("oneMKL's branch, preloaded")
        .isGreaterThanOrEqualTo(AVX2);
    if (cpu.contains("AuthenticAMD")) {
      // What the preload is for: on AMD, oneMKL alone takes its generic path. Should a libtorch
      // release stop doing so, this fails, and the preload can go.
      assertThat(Integer.parseInt(plain[0])).as("oneMKL's branch on AMD, alone").isLessThan(AVX2);
    }
    double[] expected = values(plain[1]);
    double[] actual = values(preloaded[1]);
    assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(100);
    for (int i = 0; i < expected.length; i++) {
      // Sums of 5,408 products of values in [-1, 1]: other kernels add in another order.
      assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], offset(1e-3));
    }
  }

  /** What LD_PRELOAD bin/native-env sets when none is set before. */
  private static String nativeEnvPreload() throws IOException, InterruptedException {
    ProcessBuilder shell =
        new ProcessBuilder(
            "bash", "-c", ". bin/native-env && printf 'RESULT %s\\n' \"${LD_PRELOAD:-}\"");
    shell.environment().remove("LD_PRELOAD");
    shell.environment().remove("MALLOC_CONF");
    String preload = ChildJvm.result(shell, 60);
    assertThat(preload).as("bin/native-env's LD_PRELOAD").isNotNull();
    return preload;
  }

  /** The probe's answer in a JVM started with {@code preload} as LD_PRELOAD (none when empty). */
  private static String probe(String preload) throws IOException, InterruptedException {
    ProcessBuilder jvm =
        new ProcessBuilder(ChildJvm.command(MklCodePathProbe.class.getName(), "-Xmx512m"));
    Map<String, String> environment = jvm.environment();
    environment.remove("LD_PRELOAD");
    environment.remove("MALLOC_CONF");
    if (!preload.isEmpty()) {
      environment.put("LD_PRELOAD", preload);
    }
    String result = ChildJvm.result(jvm, 120);
    assertThat(result).as("the probe's result line, LD_PRELOAD=" + preload).isNotNull();
    return result;
  }

  private static double[] values(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).mapToDouble(Double::parseDouble).toArray();
  }
}
