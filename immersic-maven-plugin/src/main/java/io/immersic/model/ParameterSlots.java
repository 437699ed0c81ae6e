package io.immersic.model;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All weights of a network in one flat float vector, with the gradient in a second one of the same layout: each
 * weight matrix is a row-major slot of both. One flat layout lets clipping and Adam run as a single loop and lets
 * BLAS write gradients straight into place.
 */
final class ParameterSlots {

    /** One weight matrix: its place in the flat vectors and BLAS views of its values and its gradient. */
    record Slot(String key, int offset, int rows, int columns, INDArray values, INDArray gradient,
                Blas.Block valueBlock, Blas.Block gradientBlock) {}

    private final Map<String, int[]> shapes = new LinkedHashMap<>();
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private int size;
    INDArray values;
    INDArray gradients;
    FloatBuffer valueData;
    FloatBuffer gradientData;

    /** Declares a matrix; call {@link #allocate()} once all are declared. */
    void declare(String key, int rows, int columns) {
        shapes.put(key, new int[] {size, rows, columns});
        size += rows * columns;
    }

    void allocate() {
        values = Nd4j.create(DataType.FLOAT, new long[] {1, size}, 'c');
        gradients = Nd4j.create(DataType.FLOAT, new long[] {1, size}, 'c');
        valueData = values.data().asNioFloat();
        gradientData = gradients.data().asNioFloat();
        FloatPointer valuePointer = (FloatPointer) values.data().addressPointer();
        FloatPointer gradientPointer = (FloatPointer) gradients.data().addressPointer();
        shapes.forEach((key, s) -> slots.put(key, new Slot(key, s[0], s[1], s[2], view(values, s), view(gradients, s),
                new Blas.Block(Blas.at(valuePointer, s[0]), s[1], s[2]),
                new Blas.Block(Blas.at(gradientPointer, s[0]), s[1], s[2]))));
    }

    private static INDArray view(INDArray flat, int[] shape) {
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(shape[0], shape[0] + shape[1] * shape[2]))
                .reshape('c', shape[1], shape[2]);
    }

    Slot slot(String key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        return slot;
    }

    Iterable<Slot> all() {
        return slots.values();
    }

    int size() {
        return size;
    }
}
