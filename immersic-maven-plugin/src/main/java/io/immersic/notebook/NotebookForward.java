package io.immersic.notebook;

import static io.immersic.model.PlainLstm.accumulate;
import static io.immersic.model.PlainLstm.flatten;

import io.immersic.model.PlainLstm;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/**
 * The notebook network's inference on one window in plain Java, on the network's own weights: the same arithmetic as
 * DL4J's {@code output} (dropout is off at inference; LSTM gates as in DL4J, see the generator's {@code LstmStepper}),
 * without its per-call overhead, which dominated greedy generation (one call per generated element).
 * {@code NotebookBaselineTest} checks it against {@code output}.
 */
final class NotebookForward {

    /** One layer applied to the whole window: time steps in, time steps out. */
    private interface Step {
        float[][] apply(float[][] sequence);
    }

    private final List<Step> steps = new ArrayList<>();
    private final float[] outputWeights;
    private final float[] outputBias;

    NotebookForward(MultiLayerNetwork network) {
        var confs = network.getLayerWiseConfigurations().getConfs();
        float[] outW = null;
        float[] outB = null;
        for (int i = 0; i < confs.size(); i++) {
            Layer layer = confs.get(i).getLayer();
            if (layer instanceof LastTimeStep wrapper) {
                layer = wrapper.getUnderlying();
            }
            if (layer instanceof DropoutLayer) {
                continue;
            }
            float[] w = flatten(network.getParam(i + "_W").toFloatMatrix());
            float[] b = network.getParam(i + "_b").toFloatVector();
            if (layer instanceof LSTM lstm) {
                if (!(lstm.getActivationFn() instanceof ActivationTanH)) {
                    throw new IllegalArgumentException("layer " + i + ": expected a tanh LSTM");
                }
                float[] rw = flatten(network.getParam(i + "_RW").toFloatMatrix());
                steps.add(sequence -> lstm(sequence, w, rw, b));
            } else if (layer instanceof OutputLayer) {
                outW = w;
                outB = b;
            } else if (layer instanceof DenseLayer dense) {
                boolean relu = activation(dense, i);
                steps.add(sequence -> dense(sequence, w, b, relu));
            } else {
                throw new IllegalArgumentException("layer " + i + " (" + layer.getClass().getSimpleName()
                        + ") is not part of the notebook network");
            }
        }
        if (outW == null) {
            throw new IllegalArgumentException("no output layer");
        }
        outputWeights = outW;
        outputBias = outB;
    }

    /** The output layer's logits (softmax is monotone, so their argmax is the greedy choice) for one window. */
    float[] logits(float[] window) {
        float[][] sequence = new float[window.length][];
        for (int t = 0; t < window.length; t++) {
            sequence[t] = new float[] {window[t]};
        }
        for (Step step : steps) {
            sequence = step.apply(sequence);
        }
        float[] logits = outputBias.clone();
        accumulate(sequence[sequence.length - 1], outputWeights, logits, logits.length);
        return logits;
    }

    /** The probabilities for one window (softmax of {@link #logits}). */
    float[] probabilities(float[] window) {
        return PlainLstm.softmax(logits(window));
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static boolean activation(BaseLayer layer, int index) {
        if (layer.getActivationFn() instanceof ActivationReLU) {
            return true;
        }
        if (layer.getActivationFn() instanceof ActivationIdentity) {
            return false;
        }
        throw new IllegalArgumentException("layer " + index + ": expected an identity or ReLU dense layer");
    }

    /** DL4J's LSTM from a zero state: z = x·W + h·RW + b as [block input | forget | output | input gate]. */
    private static float[][] lstm(float[][] sequence, float[] w, float[] rw, float[] b) {
        int width = b.length;
        int size = width / 4;
        float[] hidden = new float[size];
        float[] cell = new float[size];
        float[] z = new float[width];
        float[][] out = new float[sequence.length][];
        for (int t = 0; t < sequence.length; t++) {
            System.arraycopy(b, 0, z, 0, width);
            accumulate(sequence[t], w, z, width);
            accumulate(hidden, rw, z, width);
            float[] next = new float[size];
            PlainLstm.cell(z, next, cell);
            hidden = next;
            out[t] = next;
        }
        return out;
    }

    private static float[][] dense(float[][] sequence, float[] w, float[] b, boolean relu) {
        float[][] out = new float[sequence.length][];
        for (int t = 0; t < sequence.length; t++) {
            float[] y = b.clone();
            accumulate(sequence[t], w, y, b.length);
            if (relu) {
                for (int j = 0; j < y.length; j++) {
                    y[j] = Math.max(0, y[j]);
                }
            }
            out[t] = y;
        }
        return out;
    }
}
