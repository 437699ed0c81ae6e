package io.immersic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The batched training path against DL4J's own LSTM layer, on a small two-layer net without dropout. */
class BatchedLstmNetworkTest {

    static final int VOCABULARY = 13;
    static final int STREAMS = 3;

    @BeforeAll
    static void oneThread() {
        Backend.useThreads(1);
    }

    static TrainingParameters small(int sequenceLength, double learningRate) {
        return new TrainingParameters(1, 2, 8, 6, 0.0, sequenceLength, STREAMS, learningRate, 0, 1, 3L, 1);
    }

    /** Random tokens: [stream][step + 1], so every step has a next token to predict. */
    static int[][] tokens(int steps, long seed) {
        return tokens(steps, seed, 0);
    }

    /** As above, with token 0 drawn with probability {@code favourite} besides its uniform share. */
    static int[][] tokens(int steps, long seed, double favourite) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] tokens = new int[STREAMS][steps + 1];
        for (int[] stream : tokens) {
            for (int t = 0; t <= steps; t++) {
                stream[t] = random.nextDouble() < favourite ? 0 : random.nextInt(VOCABULARY);
            }
        }
        return tokens;
    }

    static DataSet dl4jData(int[][] tokens, int from, int steps) {
        INDArray features = Nd4j.create(DataType.FLOAT, STREAMS, 1, steps);
        INDArray labels = Nd4j.create(DataType.FLOAT, STREAMS, VOCABULARY, steps);
        for (int b = 0; b < STREAMS; b++) {
            for (int t = 0; t < steps; t++) {
                features.putScalar(new int[] {b, 0, t}, tokens[b][from + t]);
                labels.putScalar(new int[] {b, tokens[b][from + t + 1], t}, 1f);
            }
        }
        return new DataSet(features, labels);
    }

    /** Time-major inputs (offset 0) and labels (offset 1) of steps [from, from + steps). */
    static int[][] batched(int[][] tokens, int from, int steps) {
        int[] inputs = new int[steps * STREAMS];
        int[] labels = new int[steps * STREAMS];
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < STREAMS; b++) {
                inputs[t * STREAMS + b] = tokens[b][from + t];
                labels[t * STREAMS + b] = tokens[b][from + t + 1];
            }
        }
        return new int[][] {inputs, labels};
    }

    @Test
    void lossAndGradientsMatchDl4j() {
        int steps = 7;
        MultiLayerNetwork reference = LstmNetworkFactory.create(VOCABULARY, small(steps, 0.01));
        BatchedLstmNetwork batched = new BatchedLstmNetwork(reference, STREAMS, steps, 0, 1L);
        int[][] tokens = tokens(steps, 21);

        DataSet data = dl4jData(tokens, 0, steps);
        reference.setInput(data.getFeatures());
        reference.setLabels(data.getLabels());
        reference.computeGradientAndScore();
        Map<String, INDArray> expected = reference.gradient().gradientForVariable();

        int[][] segment = batched(tokens, 0, steps);
        double loss = batched.segment(segment[0], segment[1], steps, true);

        assertEquals(reference.score(), loss / STREAMS, 1e-5, "score: summed over time, averaged over streams");
        assertEquals(9, expected.size()); // embedding; W, RW, b of two LSTMs; output W, b
        expected.forEach((key, gradient) -> assertClose(gradient,
                batched.parameters().slot(key).gradient(), 1e-5, "gradient of " + key));
    }

    /**
     * Two updates, one per fit as DL4J resets the state between fits: checks the division by the number of streams,
     * the element-wise clipping after it, and Adam's bias correction at iterations 1 and 2.
     */
    @Test
    void twoUpdatesMatchDl4j() {
        int steps = 5;
        double learningRate = 0.05; // large, so two steps move the weights visibly
        MultiLayerNetwork reference = LstmNetworkFactory.create(VOCABULARY, small(steps, learningRate));
        BatchedLstmNetwork batched = new BatchedLstmNetwork(reference, STREAMS, steps, 0, 1L);
        ClippedAdam adam = new ClippedAdam(batched.parameters().size(), learningRate, 1.0);
        int[][] tokens = tokens(2 * steps, 8, 0.8); // one frequent token: its output bias gradient exceeds the clip

        boolean clipped = false;
        for (int fit = 0; fit < 2; fit++) {
            reference.fit(dl4jData(tokens, fit * steps, steps));
            int[][] data = batched(tokens, fit * steps, steps);
            batched.resetState();
            batched.segment(data[0], data[1], steps, true);
            clipped |= batched.parameters().gradients.amaxNumber().doubleValue() > STREAMS;
            adam.step(batched.parameters().valueData, batched.parameters().gradientData, STREAMS);
        }

        assertTrue(clipped, "the test should exercise element-wise clipping");
        for (ParameterSlots.Slot slot : batched.parameters().all()) {
            // Adam divides by sqrt(v): float rounding in tiny gradients shows up a little larger in the weights.
            assertClose(reference.getParam(slot.key()), slot.values(), 5e-5, "weights " + slot.key());
        }
    }

    /**
     * Truncated BPTT with the state carried from the previous segment, and dropout, against finite differences: the
     * carried state is a constant of the segment (as in PyTorch's detach), dropout masks are the same in every
     * evaluation (same seed). DL4J itself is no reference here: its backward pass ignores the carried state.
     */
    @Test
    void gradientsWithCarriedStateAndDropoutMatchFiniteDifferences() {
        int steps = 6;
        TrainingParameters p = new TrainingParameters(1, 2, 8, 6, 0.3, steps, STREAMS, 0.01, 0, 1, 3L, 1);
        MultiLayerNetwork reference = LstmNetworkFactory.create(VOCABULARY, p);
        int[][] tokens = tokens(2 * steps, 4);
        int[][] first = batched(tokens, 0, steps);
        int[][] second = batched(tokens, steps, steps);

        BatchedLstmNetwork analytic = afterFirstSegment(reference, p, first, steps);
        analytic.segment(second[0], second[1], steps, true);

        int checked = 0;
        for (ParameterSlots.Slot slot : analytic.parameters().all()) {
            float[] gradient = slot.gradient().reshape(slot.gradient().length()).toFloatVector();
            for (int i = 0; i < gradient.length; i += Math.max(1, gradient.length / 7)) {
                double numeric = numericGradient(reference, p, first, second, steps, slot.key(), i);
                assertEquals(numeric, gradient[i], 2e-2 * Math.max(1e-1, Math.abs(numeric)), slot.key() + "[" + i + "]");
                checked++;
            }
        }
        assertTrue(checked > 50);
    }

    private static BatchedLstmNetwork afterFirstSegment(MultiLayerNetwork reference, TrainingParameters p,
                                                        int[][] first, int steps) {
        BatchedLstmNetwork network = new BatchedLstmNetwork(reference, STREAMS, steps, p.dropout(), 9L);
        network.resetState();
        network.segment(first[0], first[1], steps, false); // carries the state, draws no dropout mask
        return network;
    }

    private static double numericGradient(MultiLayerNetwork reference, TrainingParameters p, int[][] first,
                                          int[][] second, int steps, String key, int index) {
        double h = 1e-2;
        double[] losses = new double[2];
        for (int side = 0; side < 2; side++) {
            BatchedLstmNetwork network = afterFirstSegment(reference, p, first, steps);
            INDArray values = network.parameters().slot(key).values();
            long columns = values.columns();
            values.putScalar(index / columns, index % columns, values.getDouble(index / columns, index % columns)
                    + (side == 0 ? h : -h));
            losses[side] = network.segment(second[0], second[1], steps, true);
        }
        return (losses[0] - losses[1]) / (2 * h);
    }

    @Test
    void validationLossMatchesDl4jRnnTimeStepAcrossChunks() {
        MultiLayerNetwork reference = LstmNetworkFactory.create(VOCABULARY, small(4, 0.01));
        int[] tokens = tokens(100, 13)[0];
        TokenStreams streams = TokenStreams.of(tokens, 2, VOCABULARY, 12); // chunks of 12 steps, segments of 4
        BatchedLstmNetwork batched = new BatchedLstmNetwork(reference, 2, 4, 0.2, 1L).evaluator(streams.rows());

        assertEquals(Trainer.loss(reference, streams), Trainer.loss(batched, streams), 1e-5);
    }

    static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float[] a = actual.reshape(actual.length()).toFloatVector();
        assertEquals(e.length, a.length, what + ": size");
        for (int i = 0; i < e.length; i++) {
            double allowed = tolerance * Math.max(1, Math.abs(e[i]));
            assertEquals(e[i], a[i], allowed, what + "[" + i + "]");
        }
    }
}
