package io.immersic.benchmark;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/** Prints OpenBLAS's thread count and single-precision product speeds at the training path's shapes. */
public final class GemmProbe {
    public static void main(String[] args) {
        io.immersic.model.Backend.useThreads(1);
        System.out.println("openblas core " + openblas_nolapack.OPENBLAS_CHAR_CORENAME);
        for (int parts : new int[] {1, 2, 4, 8}) {
            int m = 16, k = 128, n = 512;
            FloatPointer a = new FloatPointer(m * k), b = new FloatPointer(k * n), c = new FloatPointer(m * n);
            int w = n / parts;
            for (int round = 0; round < 2; round++) {
                int reps = 4000;
                long t0 = System.nanoTime();
                for (int r = 0; r < reps; r++) {
                    for (int p = 0; p < parts; p++) {
                        openblas_nolapack.cblas_sgemm(101, 111, 111, m, w, k, 1f, a, k,
                                new FloatPointer(b).position(p * w), n, 1f, new FloatPointer(c).position(p * w), n);
                    }
                }
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("16x128x512 in %d column part(s): %.1f us/product%n", parts, sec / reps * 1e6);
            }
        }
        // backward: dh[16x128] = dz[16x512] * RW^T, RW stored [128x512]; split K (the 512) into parts, accumulating
        for (int parts : new int[] {1, 2, 4}) {
            int m = 16, k = 512, n = 128;
            FloatPointer a = new FloatPointer(m * k), b = new FloatPointer(n * k), c = new FloatPointer(m * n);
            int w = k / parts;
            for (int round = 0; round < 2; round++) {
                int reps = 4000;
                long t0 = System.nanoTime();
                for (int r = 0; r < reps; r++) {
                    for (int p = 0; p < parts; p++) {
                        openblas_nolapack.cblas_sgemm(101, 111, 112, m, n, w, 1f, new FloatPointer(a).position(p * w), k,
                                new FloatPointer(b).position(p * w), k, p == 0 ? 0f : 1f, c, n);
                    }
                }
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("backward 16x512x128 (B transposed) in %d K part(s): %.1f us/product%n", parts, sec / reps * 1e6);
            }
        }
        // backward, N split: dh columns in parts
        for (int parts : new int[] {2, 4}) {
            int m = 16, k = 512, n = 128;
            FloatPointer a = new FloatPointer(m * k), b = new FloatPointer(n * k), c = new FloatPointer(m * n);
            int w = n / parts;
            for (int round = 0; round < 2; round++) {
                int reps = 4000;
                long t0 = System.nanoTime();
                for (int r = 0; r < reps; r++) {
                    for (int p = 0; p < parts; p++) {
                        openblas_nolapack.cblas_sgemm(101, 111, 112, m, w, k, 1f, a, k,
                                new FloatPointer(b).position((long) p * w * k), k, 0f, new FloatPointer(c).position(p * w), n);
                    }
                }
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("backward 16x512x128 (B transposed) in %d N part(s): %.1f us/product%n", parts, sec / reps * 1e6);
            }
        }
        int[][] shapes = {{16, 128, 512}, {16, 512, 128}, {1024, 64, 512}, {1024, 128, 512}, {128, 1024, 512}, {1024, 128, 227}};
        for (int[] s : shapes) {
            int m = s[0], k = s[1], n = s[2];
            FloatPointer a = new FloatPointer(m * k), b = new FloatPointer(k * n), c = new FloatPointer(m * n);
            int reps = (int) Math.max(20, 2e9 / (2.0 * m * n * k));
            for (int r = 0; r < reps / 4; r++) openblas_nolapack.cblas_sgemm(101, 111, 111, m, n, k, 1f, a, k, b, n, 1f, c, n);
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) openblas_nolapack.cblas_sgemm(101, 111, 111, m, n, k, 1f, a, k, b, n, 1f, c, n);
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%dx%d x %dx%d: %.1f us/call, %.1f GFLOP/s%n", m, k, k, n, sec / reps * 1e6, 2.0 * m * n * k * reps / sec / 1e9);
        }
    }
}
