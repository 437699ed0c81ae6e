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
 * <p>The rows are handed out in time chunks of at most {@code chunkLength} steps; the stream state starts afresh at
 * each chunk. The training path reads time-major token segments ({@link #segment}); DL4J reads chunks as one-hot
 * {@link DataSet}s ({@link #chunks}), made only when asked for: streams × vocabulary × steps floats each.
 */
public final class TokenStreams {

    private final int[] tokens;
    private final int rows;
    private final int rowLength;
    private final int chunkLength;
    private final int vocabularySize;

    private TokenStreams(int[] tokens, int rows, int rowLength, int chunkLength, int vocabularySize) {
        this.tokens = tokens;
        this.rows = rows;
        this.rowLength = rowLength;
        this.chunkLength = chunkLength;
        this.vocabularySize = vocabularySize;
    }

    /**
     * @return the streams, or null when there are too few tokens for one prediction
     */
    public static TokenStreams build(List<int[]> sequences, int streams, int vocabularySize, int chunkLength) {
        int total = sequences.stream().mapToInt(s -> s.length).sum();
        int[] all = new int[total];
        int at = 0;
        for (int[] sequence : sequences) {
            System.arraycopy(sequence, 0, all, at, sequence.length);
            at += sequence.length;
        }
        return of(all, streams, vocabularySize, chunkLength);
    }

    /** As {@link #build}, for sequences already laid end to end. */
    public static TokenStreams of(int[] tokens, int streams, int vocabularySize, int chunkLength) {
        int rows = rowsFor(tokens.length, streams);
        int length = (tokens.length - 1) / rows;
        return length < 1 ? null : new TokenStreams(tokens, rows, length, chunkLength, vocabularySize);
    }

    /** The number of rows {@code total} tokens are cut into: {@code streams}, unless each row would get under 2. */
    public static int rowsFor(int total, int streams) {
        return Math.max(1, Math.min(streams, (total - 1) / 2));
    }

    /** Tokens the model predicts over all chunks. */
    public long predictions() {
        return (long) rows * rowLength;
    }

    public int rows() {
        return rows;
    }

    /** Steps per row. */
    public int rowLength() {
        return rowLength;
    }

    public int chunkLength() {
        return chunkLength;
    }

    /**
     * Writes steps [from, from + steps) of every row time-major: {@code inputs[t·rows + r]} is row r's token at step
     * from + t, {@code labels[t·rows + r]} the token after it.
     */
    public void segment(int from, int steps, int[] inputs, int[] labels) {
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < rows; r++) {
                int at = r * rowLength + from + t;
                inputs[t * rows + r] = tokens[at];
                labels[t * rows + r] = tokens[at + 1];
            }
        }
    }

    /** The chunks in time order, as DL4J data: chunk k+1 continues every row where chunk k stopped. */
    public List<DataSet> chunks() {
        List<DataSet> chunks = new ArrayList<>();
        for (int from = 0; from < rowLength; from += chunkLength) {
            chunks.add(chunk(from, Math.min(chunkLength, rowLength - from)));
        }
        return chunks;
    }

    private DataSet chunk(int from, int steps) {
        float[] input = new float[rows * steps];
        float[] labels = new float[rows * vocabularySize * steps];
        for (int row = 0; row < rows; row++) {
            int offset = row * rowLength + from;
            for (int t = 0; t < steps; t++) {
                input[row * steps + t] = tokens[offset + t];
                labels[(row * vocabularySize + tokens[offset + t + 1]) * steps + t] = 1f;
            }
        }
        INDArray features = Nd4j.create(input, new long[] {rows, 1, steps}, DataType.FLOAT);
        INDArray oneHot = Nd4j.create(labels, new long[] {rows, vocabularySize, steps}, DataType.FLOAT);
        return new DataSet(features, oneHot);
    }
}
