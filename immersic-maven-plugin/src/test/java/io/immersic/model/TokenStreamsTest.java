package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class TokenStreamsTest {

    @Test
    void cutsTheConcatenatedTokensIntoContiguousRowsThatPredictTheirNextToken() {
        // 0..8 laid end to end; 2 rows of 4 steps: row 0 reads 0 1 2 3 (predicting 1 2 3 4), row 1 reads 4 5 6 7.
        TokenStreams streams = TokenStreams.build(List.of(new int[] {0, 1, 2, 3}, new int[] {4, 5, 6, 7, 8}), 2, 9, 3);

        assertEquals(8, streams.predictions());
        assertEquals(2, streams.chunks().size());
        DataSet first = streams.chunks().get(0);
        DataSet second = streams.chunks().get(1);
        assertArrayEquals(new long[] {2, 1, 3}, first.getFeatures().shape());
        assertArrayEquals(new long[] {2, 1, 1}, second.getFeatures().shape());
        assertArrayEquals(new float[] {0, 1, 2}, first.getFeatures().get(row(0)).toFloatVector());
        assertArrayEquals(new float[] {4, 5, 6}, first.getFeatures().get(row(1)).toFloatVector());
        assertArrayEquals(new float[] {3}, second.getFeatures().get(row(0)).toFloatVector());
        assertArrayEquals(new float[] {7}, second.getFeatures().get(row(1)).toFloatVector());
        // The label of row 1, step 0 (token 4) is token 5, one-hot.
        assertEquals(1f, first.getLabels().getFloat(1, 5, 0));
        assertEquals(1f, first.getLabels().sumNumber().floatValue() / 6, 1e-6);
        assertEquals(1f, second.getLabels().getFloat(1, 8, 0));
    }

    @Test
    void tooFewTokensGiveNothing() {
        assertNull(TokenStreams.build(List.of(new int[] {3}), 4, 5, 10));
    }

    @Test
    void theLossOverChunksEqualsTheLossOverOneLongPiece() {
        Backend.useThreads(1);
        TrainingParameters p = new TrainingParameters(1, 2, 16, 8, 0.0, 4, 2, 0.01, 0, 1, 3L, 1);
        var network = LstmNetworkFactory.create(12, p);
        int[] tokens = new int[101];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = (i * 7 + i / 5) % 12;
        }
        double whole = Trainer.loss(network, TokenStreams.build(List.of(tokens), 2, 12, 1000));
        double chunked = Trainer.loss(network, TokenStreams.build(List.of(tokens), 2, 12, 7));

        assertEquals(whole, chunked, 1e-5);
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex[] row(int row) {
        return new org.nd4j.linalg.indexing.INDArrayIndex[] {org.nd4j.linalg.indexing.NDArrayIndex.point(row),
                org.nd4j.linalg.indexing.NDArrayIndex.point(0), org.nd4j.linalg.indexing.NDArrayIndex.all()};
    }
}
