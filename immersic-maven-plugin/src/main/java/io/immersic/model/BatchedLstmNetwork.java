package io.immersic.model;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The token model of {@link LstmNetworkFactory} (embedding → LSTM layers → softmax) as a training path of its own on
 * nd4j's BLAS: forward, loss and backward over one truncated-BPTT segment of {@code streams} parallel token streams.
 * It reads its initial weights from, and writes its trained weights back into, the DL4J network, whose layout and
 * arithmetic it reproduces (checked by {@code BatchedLstmNetworkTest} against DL4J's own gradients and updates), so the
 * saved model and the generation step are unchanged.
 *
 * <p>Dropout is DL4J's: on the input of every LSTM layer after the first and of the output layer, inverted (kept
 * activations are scaled by 1/keep), drawn from this network's own seeded generator.
 */
final class BatchedLstmNetwork {

    private final ParameterSlots slots;
    private final int streams;
    private final int vocabularySize;
    private final int embeddingSize;
    private final int hiddenSize;
    private final double dropout;
    private final SplittableRandom dropoutRandom;
    private final LstmLayerKernel[] layers;
    private final ParameterSlots.Slot embedding;
    private final ParameterSlots.Slot outputWeights;
    private final ParameterSlots.Slot outputBias;
    private final FloatMatrix embedded;
    private final FloatMatrix embeddedGradient;
    /** The dropped-out input of layer l+1 (the last is the output layer's), and its mask (0 or 1/keep). */
    private final FloatMatrix[] dropped;
    private final float[][] masks;
    private final float[] dropScratch;
    private final FloatMatrix logits;
    /** A row of ones: its product with a gradient matrix sums the columns (a bias gradient). */
    private final FloatMatrix ones;
    private final int maxSteps;

    /** A network for training, with its own weights read from the DL4J network. */
    BatchedLstmNetwork(MultiLayerNetwork network, int streams, int maxSteps, double dropout, long seed) {
        this(readWeights(network), network.getnLayers() - 2, streams, maxSteps, dropout, seed);
    }

    /** A network over {@code slots}' weights (shared, e.g. by a validation network beside the training one). */
    BatchedLstmNetwork(ParameterSlots slots, int layerCount, int streams, int maxSteps, double dropout, long seed) {
        this.slots = slots;
        this.embedding = slots.slot("0_W");
        this.vocabularySize = embedding.rows();
        this.embeddingSize = embedding.columns();
        this.hiddenSize = slots.slot("1_RW").rows();
        this.streams = streams;
        this.maxSteps = maxSteps;
        this.dropout = dropout;
        this.dropoutRandom = new SplittableRandom(seed);
        outputWeights = slots.slot((layerCount + 1) + "_W");
        outputBias = slots.slot((layerCount + 1) + "_b");
        int rows = maxSteps * streams;
        ones = new FloatMatrix(1, rows);
        for (int i = 0; i < rows; i++) {
            ones.data.put(i, 1f);
        }
        layers = new LstmLayerKernel[layerCount];
        for (int l = 0; l < layerCount; l++) {
            layers[l] = new LstmLayerKernel(slots, (l + 1) + "_", streams, maxSteps, ones);
        }
        embedded = new FloatMatrix(rows, embeddingSize);
        embeddedGradient = new FloatMatrix(rows, embeddingSize);
        dropped = new FloatMatrix[layerCount];
        masks = new float[layerCount][];
        dropScratch = new float[dropout > 0 ? rows * hiddenSize : 0];
        if (dropout > 0) {
            for (int l = 0; l < layerCount; l++) {
                dropped[l] = new FloatMatrix(rows, hiddenSize);
                masks[l] = new float[rows * hiddenSize];
            }
        }
        logits = new FloatMatrix(rows, vocabularySize);
    }

    /** A forward-only network (no dropout) over the same weights, e.g. to measure the validation loss. */
    BatchedLstmNetwork evaluator(int evaluationStreams) {
        return new BatchedLstmNetwork(slots, layers.length, evaluationStreams, maxSteps, 0, 0);
    }

    ParameterSlots parameters() {
        return slots;
    }

    int streams() {
        return streams;
    }

    int maxSteps() {
        return maxSteps;
    }

    private static ParameterSlots readWeights(MultiLayerNetwork network) {
        ParameterSlots slots = new ParameterSlots();
        // Biases are vectors in DL4J; here every parameter is a matrix (a bias is one row).
        network.paramTable().forEach((key, value) -> slots.declare(key, value.rank() == 1 ? 1 : (int) value.size(0),
                (int) value.size(value.rank() - 1)));
        slots.allocate();
        readFrom(network, slots);
        return slots;
    }

    /** Copies the DL4J network's weights in (by parameter key: "0_W", "1_W", "1_RW", "1_b", ...). */
    private static void readFrom(MultiLayerNetwork network, ParameterSlots slots) {
        network.paramTable().forEach((key, value) ->
                slots.slot(key).values().assign(value.reshape(slots.slot(key).values().shape())));
    }

    /** Copies this network's weights into the DL4J network. */
    void writeTo(MultiLayerNetwork network) {
        for (ParameterSlots.Slot slot : slots.all()) {
            network.setParam(slot.key(), slot.values().reshape(network.getParam(slot.key()).shape()));
        }
    }

    void resetState() {
        for (LstmLayerKernel layer : layers) {
            layer.resetState();
        }
    }

    /**
     * Forward pass over one segment; with {@code train}, dropout applies and the backward pass fills the gradient.
     *
     * @param inputs time-major tokens, {@code inputs[t·B + b]} for stream b at step t
     * @param labels the token each position must predict, same layout
     * @return the summed negative log-likelihood of the labels, in nats
     */
    double segment(int[] inputs, int[] labels, int steps, boolean train) {
        int rows = steps * streams;
        embed(inputs, rows);
        Blas.Block input = embedded.rows(0, rows);
        Blas.Block[] layerInputs = new Blas.Block[layers.length + 1];
        for (int l = 0; l < layers.length; l++) {
            layerInputs[l] = input;
            layers[l].forward(input, steps);
            input = layers[l].output(steps);
            if (train && dropout > 0) {
                input = dropOut(l, rows);
            }
        }
        layerInputs[layers.length] = input;
        Blas.Block logitRows = logits.rows(0, rows);
        Blas.multiply(input, false, outputWeights.valueBlock(), false, logitRows, false);
        double loss = softmaxLoss(labels, rows, train);
        if (train) {
            backward(inputs, steps, layerInputs, logitRows);
        }
        for (LstmLayerKernel layer : layers) {
            layer.carryState(steps);
        }
        return loss;
    }

    private void embed(int[] tokens, int rows) {
        FloatBuffer table = slots.valueData;
        int base = embedding.offset();
        for (int r = 0; r < rows; r++) {
            int from = base + tokens[r] * embeddingSize;
            int to = r * embeddingSize;
            for (int k = 0; k < embeddingSize; k++) {
                embedded.data.put(to + k, table.get(from + k));
            }
        }
    }

    private Blas.Block dropOut(int layer, int rows) {
        float keep = (float) (1 - dropout);
        float scale = 1f / keep;
        int n = rows * hiddenSize;
        float[] mask = masks[layer];
        float[] values = dropScratch;
        layers[layer].hidden.data.get(streams * hiddenSize, values, 0, n); // h_1 starts after the carried-in state
        for (int i = 0; i < n; i++) {
            mask[i] = dropoutRandom.nextFloat() < keep ? scale : 0f;
            values[i] *= mask[i];
        }
        dropped[layer].data.put(0, values, 0, n);
        return dropped[layer].rows(0, rows);
    }

    /**
     * Adds the output bias, takes the softmax per row and sums -log p(label). When training, leaves the loss's
     * gradient in the logits: p - onehot, summed over time and streams like DL4J's (its updater divides by the streams).
     */
    private double softmaxLoss(int[] labels, int rows, boolean train) {
        int v = vocabularySize;
        float[] bias = new float[v];
        slots.valueData.get(outputBias.offset(), bias);
        float[] row = new float[v];
        double[] exp = new double[v];
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            logits.data.get(r * v, row);
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < v; k++) {
                row[k] += bias[k];
                max = Math.max(max, row[k]);
            }
            double sum = 0;
            for (int k = 0; k < v; k++) {
                exp[k] = Math.exp(row[k] - max);
                sum += exp[k];
            }
            int label = labels[r];
            loss -= (row[label] - max) - Math.log(sum);
            if (train) {
                double inverse = 1 / sum;
                for (int k = 0; k < v; k++) {
                    row[k] = (float) (exp[k] * inverse);
                }
                row[label] -= 1f;
                logits.data.put(r * v, row);
            }
        }
        return loss;
    }

    private void backward(int[] inputs, int steps, Blas.Block[] layerInputs, Blas.Block logitGradient) {
        int rows = steps * streams;
        int top = layers.length;
        Blas.multiply(layerInputs[top], true, logitGradient, false, outputWeights.gradientBlock(), false);
        Blas.multiply(ones.rows(0, 1).withColumns(rows), false, logitGradient, false, outputBias.gradientBlock(), false);
        Blas.multiply(logitGradient, false, outputWeights.valueBlock(), true,
                layers[top - 1].hiddenGradients.rows(0, rows), false);
        for (int l = top - 1; l >= 0; l--) {
            applyMask(l, rows);
            Blas.Block inputGradient = l > 0 ? layers[l - 1].hiddenGradients.rows(0, rows)
                    : embeddedGradient.rows(0, rows);
            layers[l].backward(layerInputs[l], steps, inputGradient);
        }
        embeddingGradient(inputs, rows);
    }

    /** The gradient reaching layer l's output passes only where dropout kept it, scaled alike. */
    private void applyMask(int layer, int rows) {
        if (dropout <= 0) {
            return;
        }
        int n = rows * hiddenSize;
        float[] mask = masks[layer];
        float[] values = dropScratch;
        layers[layer].hiddenGradients.data.get(0, values, 0, n);
        for (int i = 0; i < n; i++) {
            values[i] *= mask[i];
        }
        layers[layer].hiddenGradients.data.put(0, values, 0, n);
    }

    private void embeddingGradient(int[] tokens, int rows) {
        FloatBuffer gradients = slots.gradientData;
        int base = embedding.offset();
        for (int i = 0, n = vocabularySize * embeddingSize; i < n; i++) {
            gradients.put(base + i, 0f);
        }
        for (int r = 0; r < rows; r++) {
            int to = base + tokens[r] * embeddingSize;
            int from = r * embeddingSize;
            for (int k = 0; k < embeddingSize; k++) {
                gradients.put(to + k, gradients.get(to + k) + embeddedGradient.data.get(from + k));
            }
        }
    }
}
