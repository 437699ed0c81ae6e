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
 */
public final class TokenStreams {

    private TokenStreams() {}

    /**
     * The input ids as {@code [streams, 1, T]} and one-hot next-token labels as {@code [streams, vocab, T]}; null when
     * there are not enough tokens for one step per stream.
     */
    public static DataSet build(List<int[]> sequences, int streams, int vocabularySize) {
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
        float[] input = new float[rows * length];
        float[] labels = new float[rows * vocabularySize * length];
        for (int row = 0; row < rows; row++) {
            int offset = row * length;
            for (int t = 0; t < length; t++) {
                input[row * length + t] = all[offset + t];
                labels[(row * vocabularySize + all[offset + t + 1]) * length + t] = 1f;
            }
        }
        INDArray features = Nd4j.create(input, new long[] {rows, 1, length}, DataType.FLOAT);
        INDArray oneHot = Nd4j.create(labels, new long[] {rows, vocabularySize, length}, DataType.FLOAT);
        return new DataSet(features, oneHot);
    }

    /** Total tokens the model predicts in a data set built by {@link #build}. */
    public static long predictions(DataSet data) {
        return data.getFeatures().size(0) * data.getFeatures().size(2);
    }

    static List<int[]> inOrder(List<int[]> sequences, List<Integer> order) {
        List<int[]> ordered = new ArrayList<>(order.size());
        order.forEach(i -> ordered.add(sequences.get(i)));
        return ordered;
    }
}
