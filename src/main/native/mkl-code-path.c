/*
 * Preloaded by bin/native-env (and the container image) in front of libtorch: libtorch 2.7.1
 * carries oneMKL 2024.0 linked in (the matrix products, and the vector math behind ATen's sqrt),
 * which picks its code path from the CPU's vendor before its features. On AMD processors its
 * vendor check answers "not Intel" and it runs its generic SSE2 kernels (code branch
 * MKL_CBWR_COMPATIBLE) although the CPU has AVX2 and FMA; with this answer it takes the AVX2
 * kernels (MKL_CBWR_AVX2), which the same CPU runs. On Intel processors the answer is the one
 * oneMKL gives itself, so the preload changes nothing there. libtorch_cpu.so calls this function
 * through its procedure linkage table, so the preloaded definition is the one it reaches
 * (NativeEnvTest checks the code path a JVM started this way gets).
 */
int mkl_serv_intel_cpu_true(void) { return 1; }
