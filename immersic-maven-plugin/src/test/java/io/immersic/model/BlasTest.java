package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The direct BLAS products, sliced and unsliced, against nd4j's own mmul. */
class BlasTest {

    @BeforeAll
    static void oneThread() {
        Backend.useThreads(1);
    }

    static FloatMatrix random(int rows, int columns, long seed) {
        FloatMatrix m = new FloatMatrix(rows, columns);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rows * columns; i++) {
            m.data.put(i, (float) random.nextGaussian());
        }
        return m;
    }

    static void check(FloatMatrix a, boolean ta, FloatMatrix b, boolean tb, int cRows, int cColumns) {
        FloatMatrix c = random(cRows, cColumns, 99); // c starts non-zero: "add" keeps it, plain overwrites it
        INDArray before = c.array.dup();
        INDArray product = (ta ? a.array.transpose() : a.array).mmul(tb ? b.array.transpose() : b.array);

        Blas.multiply(a.rows(0, a.rows), ta, b.rows(0, b.rows), tb, c.rows(0, cRows), true);
        assertClose(product.add(before), c.array);
        Blas.multiply(a.rows(0, a.rows), ta, b.rows(0, b.rows), tb, c.rows(0, cRows), false);
        assertClose(product, c.array);
    }

    static void assertClose(INDArray expected, INDArray actual) {
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float[] a = actual.reshape(actual.length()).toFloatVector();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-4 * Math.max(1, Math.abs(e[i])), "element " + i);
        }
    }

    @Test
    void recurrentStepProductIsSlicedIntoColumnsAndStaysExact() {
        // [16, 128] x [128, 512]: 1M multiply-adds, above Blas.SMALL_PRODUCT, so it runs as two 256-column slices
        check(random(16, 128, 1), false, random(128, 512, 2), false, 16, 512);
    }

    @Test
    void backwardStepProductWithATransposedRightOperand() {
        // dZ [16, 512] x RW^T with RW stored [128, 512]: sliced along the 128 output columns (rows of RW)
        check(random(16, 512, 3), false, random(128, 512, 4), true, 16, 128);
    }

    @Test
    void largeAndTransposedLeftProductsAreNotSliced() {
        check(random(40, 24, 5), true, random(40, 64, 6), false, 24, 64);   // weight gradient: input^T x dZ
        check(random(300, 64, 7), false, random(64, 96, 8), false, 300, 96);
    }
}
