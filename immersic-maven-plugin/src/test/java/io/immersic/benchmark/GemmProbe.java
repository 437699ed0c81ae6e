package io.immersic.benchmark;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Times single-precision products on nd4j-native's OpenBLAS at the training path's shapes, whole and cut into column
 * slices: the evidence behind {@code Blas.SMALL_PRODUCT}. Run with
 * {@code mvn -Pbenchmark -pl immersic-maven-plugin test-compile exec:exec -Dbenchmark.main=io.immersic.benchmark.GemmProbe}.
 */
public final class GemmProbe {

    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANSPOSE = 111;
    private static final int TRANSPOSE = 112;

    public static void main(String[] args) {
        io.immersic.model.Backend.useThreads(1);
        // The forward step, h[16, 128] x RW[128, 512], in 1 to 8 column slices.
        for (int parts : new int[] {1, 2, 4, 8}) {
            probe("forward step [16,128]x[128,512]", parts, 16, 128, 512, false);
        }
        // The backward step, dz[16, 512] x RW^T (RW stored [128, 512]), in 1 to 4 slices of its 128 columns.
        for (int parts : new int[] {1, 2, 4}) {
            probe("backward step [16,512]x[512,128]", parts, 16, 512, 128, true);
        }
        // Whole-segment products (1,024 rows), never sliced.
        probe("input projection [1024,128]x[128,512]", 1, 1024, 128, 512, false);
        probe("output layer [1024,128]x[128,232]", 1, 1024, 128, 232, false);
    }

    /** c[m, n] = a[m, k] x op(b) in {@code parts} column slices; prints microseconds per whole product. */
    private static void probe(String label, int parts, int m, int k, int n, boolean transposeB) {
        FloatPointer a = new FloatPointer((long) m * k);
        FloatPointer b = new FloatPointer((long) k * n);
        FloatPointer c = new FloatPointer((long) m * n);
        int width = n / parts;
        int ldb = transposeB ? k : n;
        int reps = (int) Math.max(50, 2e9 / (2.0 * m * n * k));
        double seconds = 0;
        for (int round = 0; round < 2; round++) { // the first round warms up
            long start = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                for (int p = 0; p < parts; p++) {
                    long bOffset = transposeB ? (long) p * width * k : (long) p * width;
                    openblas_nolapack.cblas_sgemm(ROW_MAJOR, NO_TRANSPOSE, transposeB ? TRANSPOSE : NO_TRANSPOSE, m,
                            width, k, 1f, a, k, new FloatPointer(b).position(bOffset), ldb, 0f,
                            new FloatPointer(c).position((long) p * width), n);
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf("%s in %d slice(s): %.1f us, %.1f GFLOP/s%n", label, parts, seconds / reps * 1e6,
                2.0 * m * n * k * reps / seconds / 1e9);
    }
}
