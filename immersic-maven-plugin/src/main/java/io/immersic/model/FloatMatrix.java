package io.immersic.model;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A row-major float matrix in nd4j's native memory, which {@link Blas} multiplies and Java loops read and write in
 * place through {@link #data} (no copies between the two). Allocated once per training run, so the training loop
 * makes no native allocation.
 */
final class FloatMatrix {

    /** Owns the native memory: {@link #data} and {@link #pointer} are views that do not keep it alive. */
    final INDArray array;
    final FloatBuffer data;
    final FloatPointer pointer;
    final int rows;
    final int columns;

    FloatMatrix(int rows, int columns) {
        this.array = Nd4j.create(DataType.FLOAT, new long[] {rows, columns}, 'c');
        this.data = array.data().asNioFloat();
        this.pointer = (FloatPointer) array.data().addressPointer();
        this.rows = rows;
        this.columns = columns;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), for BLAS. */
    Blas.Block rows(int from, int to) {
        return new Blas.Block(Blas.at(pointer, (long) from * columns), to - from, columns);
    }
}
