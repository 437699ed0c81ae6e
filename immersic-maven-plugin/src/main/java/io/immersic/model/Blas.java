package io.immersic.model;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Single-precision matrix products on the OpenBLAS that nd4j-native itself loads, called directly: nd4j's own gemm
 * builds a custom-op context per call, which at about 250 small products per training segment cost as much as the
 * arithmetic (measured with JFR). The thread count is nd4j's ({@link Backend#useThreads}), the library being the same.
 */
final class Blas {

    /** Rows {@code [from, from + rows)} of a row-major matrix with {@code columns} columns, at {@code pointer}. */
    record Block(FloatPointer pointer, int rows, int columns) {
        /** The same memory read as a row of the first {@code count} columns (e.g. a vector of ones). */
        Block withColumns(int count) {
            if (rows != 1 || count > columns) {
                throw new IllegalArgumentException("only a row can be narrowed");
            }
            return new Block(pointer, 1, count);
        }
    }

    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANSPOSE = 111;
    private static final int TRANSPOSE = 112;

    /**
     * Products with a small left operand (a time step's B streams) and more multiply-adds than this are cut into column
     * slices of at most this size (and at least {@link #MIN_SLICE_COLUMNS} columns): OpenBLAS 0.3.19 takes such small
     * products without packing its operands. Measured with {@code GemmProbe} on a 2-core Xeon with AVX-512: the
     * forward step [16, 128] × [128, 512] took 68 µs whole and 20 µs in two slices (four: 34 µs); the backward step
     * [16, 512] × RW^T, with the right operand transposed, 101 µs whole, 32 µs in two slices and 22 µs in four, hence
     * the lower limit for a transposed right operand.
     */
    static final long SMALL_PRODUCT = 1L << 19;
    static final long SMALL_PRODUCT_TRANSPOSED_B = 1L << 18;
    static final int MIN_SLICE_COLUMNS = 32;

    private Blas() {}

    /** c = op(a)·op(b), or c += op(a)·op(b) with {@code add}. */
    static void multiply(Block a, boolean transposeA, Block b, boolean transposeB, Block c, boolean add) {
        int m = transposeA ? a.columns() : a.rows();
        int k = transposeA ? a.rows() : a.columns();
        int n = transposeB ? b.rows() : b.columns();
        int kB = transposeB ? b.columns() : b.rows();
        if (k != kB || c.rows() != m || c.columns() != n) {
            throw new IllegalArgumentException("shapes do not multiply: " + m + "x" + k + " by " + kB + "x" + n
                    + " into " + c.rows() + "x" + c.columns());
        }
        long limit = transposeB ? SMALL_PRODUCT_TRANSPOSED_B : SMALL_PRODUCT;
        boolean sliceable = (long) m * k * MIN_SLICE_COLUMNS <= limit;
        int parts = !sliceable ? 1 : (int) Math.min(n / MIN_SLICE_COLUMNS, ((long) m * n * k + limit - 1) / limit);
        int width = parts <= 1 ? n : (n + parts - 1) / parts;
        for (int from = 0; from < n; from += width) {
            int columns = Math.min(width, n - from);
            // Column slice [from, from + columns) of op(b) and of c.
            FloatPointer bSlice = from == 0 ? b.pointer() : at(b.pointer(), transposeB ? (long) from * b.columns() : from);
            FloatPointer cSlice = from == 0 ? c.pointer() : at(c.pointer(), from);
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, transposeA ? TRANSPOSE : NO_TRANSPOSE,
                    transposeB ? TRANSPOSE : NO_TRANSPOSE, m, columns, k, 1f, a.pointer(), a.columns(), bSlice,
                    b.columns(), add ? 1f : 0f, cSlice, c.columns());
        }
    }

    /** A pointer {@code offset} floats into {@code base}'s memory (no allocation, no copy). */
    static FloatPointer at(FloatPointer base, long offset) {
        return new FloatPointer(base).position(base.position() + offset);
    }
}
