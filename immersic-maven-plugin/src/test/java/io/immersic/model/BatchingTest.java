package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BatchingTest {

    static TrainingParameters withBatch(int batchSize, double learningRate) {
        TrainingParameters d = TrainingParameters.DEFAULTS;
        return new TrainingParameters(d.epochs(), d.layers(), d.hiddenSize(), d.embeddingSize(), d.dropout(), 64,
                batchSize, learningRate, d.validationFraction(), d.patience(), d.seed(), d.threads(), d.transpose());
    }

    @Test
    void streamsKeepTenUpdatesAnEpochWithinEightToSixtyFour() {
        // 10,368 tokens (the lo-fi loops) / (64 steps x 10 updates) = 16.2 -> 16 streams, 10 updates an epoch
        assertEquals(16, Batching.streamsFor(10_368, 64));
        assertEquals(8, Batching.streamsFor(1_000, 64));          // tiny: never fewer than 8
        assertEquals(32, Batching.streamsFor(40_959, 64));        // 40,959 / 640 = 63.99 -> 32 (a power of two)
        assertEquals(64, Batching.streamsFor(40_960, 64));        // 64 streams x 64 steps x 10 updates
        assertEquals(64, Batching.streamsFor(10_000_000, 64));    // large: at most 64
    }

    @Test
    void learningRateGrowsWithTheSquareRootOfTheStreams() {
        TrainingParameters resolved = Batching.resolve(withBatch(0, 0.005), 10_000_000);
        assertEquals(64, resolved.batchSize());
        assertEquals(0.010, resolved.learningRate(), 1e-12); // 0.005 x sqrt(64 / 16)
        assertEquals(0.005, Batching.resolve(withBatch(0, 0.005), 10_368).learningRate(), 1e-12);
    }

    @Test
    void anExplicitBatchSizeIsKeptAsGiven() {
        TrainingParameters p = withBatch(24, 0.003);
        assertSame(p, Batching.resolve(p, 10_000_000));
    }
}
