package io.immersic.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lays token sequences end to end and cuts the result into {@code streams} contiguous rows of equal length, so that
 * truncated BPTT sees every position exactly once per epoch and every position predicts its next token.
 *
 * <p>The rows are handed out in time chunks of at most {@code chunkLength} steps: one-hot labels take
 * streams × vocabulary × steps floats, which for a large corpus in one piece would not fit in memory.
 */
public final class TokenStreams {

    private final List<DataSet> chunks;
    private final long predictions;

    private TokenStreams(List<DataSet> chunks, long predictions) {
        this.chunks = chunks;
        this.predictions = predictions;
    }

    /** The chunks in time order: chunk k+1 continues every row where chunk k stopped. */
    public List<DataSet> chunks() {
        return chunks;
    }

    /** Tokens the model predicts over all chunks. */
    public long predictions() {
        return predictions;
    }

    /**
     * @return the streams, or null when there are too few tokens for one prediction
     */
    public static TokenStreams build(List<int[]> sequences, int streams, int vocabularySize, int chunkLength) {
        int total = sequences.stream().mapToInt(s -> s.length).sum();
        int rows = Math.max(1, Math.min(streams, (total - 1) / 2));
        int length = (total - 1) / rows;
        if (length < 1) {
            return null;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] sequence : sequences) {
            System.arraycopy(sequence, 0, all, at, sequence.length);
            at += sequence.length;
        }
        List<DataSet> chunks = new ArrayList<>();
        for (int from = 0; from < length; from += chunkLength) {
            chunks.add(chunk(all, rows, length, from, Math.min(chunkLength, length - from), vocabularySize));
        }
        return new TokenStreams(chunks, (long) rows * length);
    }

    private static DataSet chunk(int[] all, int rows, int rowLength, int from, int steps, int vocabularySize) {
        float[] input = new float[rows * steps];
        float[] labels = new float[rows * vocabularySize * steps];
        for (int row = 0; row < rows; row++) {
            int offset = row * rowLength + from;
            for (int t = 0; t < steps; t++) {
                input[row * steps + t] = all[offset + t];
                labels[(row * vocabularySize + all[offset + t + 1]) * steps + t] = 1f;
            }
        }
        INDArray features = Nd4j.create(input, new long[] {rows, 1, steps}, DataType.FLOAT);
        INDArray oneHot = Nd4j.create(labels, new long[] {rows, vocabularySize, steps}, DataType.FLOAT);
        return new DataSet(features, oneHot);
    }

    static List<int[]> inOrder(List<int[]> sequences, List<Integer> order) {
        List<int[]> ordered = new ArrayList<>(order.size());
        order.forEach(i -> ordered.add(sequences.get(i)));
        return ordered;
    }
}
