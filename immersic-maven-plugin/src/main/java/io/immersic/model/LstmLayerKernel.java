package io.immersic.model;

import java.util.Arrays;

/**
 * Forward and backward pass of one LSTM layer over a truncated-BPTT segment, with DL4J's cell and weight layout
 * (gates [block input | forget | output | input], see {@link PlainLstm#cell}), so the weights it trains load into the
 * DL4J layer unchanged.
 *
 * <p>Why not DL4J's own layer: it multiplies the input by its weights inside the time loop and allocates per step. Here
 * the input projection of the whole segment is one large product ({@code [T·B, in] × [in, 4H]}), each step adds only
 * the recurrent product ({@code [B, H] × [H, 4H]}), the gate arithmetic is one fused Java loop per step, and the
 * backward pass forms the weight gradients as large products after the time loop. All buffers are time-major (row
 * {@code t·B + b} is stream b at step t) and allocated once.
 */
final class LstmLayerKernel {

    private final int streams;
    private final int hiddenSize;
    private final ParameterSlots.Slot inputWeights;     // [in, 4H]
    private final ParameterSlots.Slot recurrentWeights; // [H, 4H]
    private final ParameterSlots.Slot bias;             // [1, 4H]
    private final ParameterSlots slots;

    /** Pre-activations, then the activated gates a|f|o|i, per step and stream: [T·B, 4H]. */
    private final FloatMatrix gates;
    /** h per step; rows 0..B-1 hold the state carried in, rows (t+1)·B.. hold h_t: [(T+1)·B, H]. */
    final FloatMatrix hidden;
    /** c per step, laid out as {@link #hidden}. */
    private final FloatMatrix cells;
    private final FloatMatrix tanhCells;
    private final FloatMatrix gateGradients;
    /** dLoss/dh_t from the layer above, filled by the caller before {@link #backward}: [T·B, H]. */
    final FloatMatrix hiddenGradients;
    /** dLoss/dh_t through step t+1's recurrence: [B, H]. */
    private final FloatMatrix recurrentGradient;
    private final FloatMatrix ones;
    private final Blas.Block[] hiddenBlocks;
    private final Blas.Block[] gateBlocks;
    private final Blas.Block[] gateGradientBlocks;

    // One step's values as Java arrays: bulk copies in and out of native memory let the JIT compile tight loops.
    private final float[] biasValues;
    private final float[] stepGates;
    private final float[] stepPreviousCells;
    private final float[] stepCells;
    private final float[] stepTanhCells;
    private final float[] stepHidden;
    private final float[] stepHiddenGradient;
    private final float[] stepRecurrentGradient;
    private final float[] cellGradient;

    /** {@code ones}: a row of at least maxSteps·streams ones, shared, whose product with dLoss/dz sums the bias gradient. */
    LstmLayerKernel(ParameterSlots slots, String prefix, int streams, int maxSteps, FloatMatrix ones) {
        this.slots = slots;
        this.streams = streams;
        this.inputWeights = slots.slot(prefix + "W");
        this.recurrentWeights = slots.slot(prefix + "RW");
        this.bias = slots.slot(prefix + "b");
        this.hiddenSize = recurrentWeights.rows();
        int gateWidth = 4 * hiddenSize;
        gates = new FloatMatrix(maxSteps * streams, gateWidth);
        hidden = new FloatMatrix((maxSteps + 1) * streams, hiddenSize);
        cells = new FloatMatrix((maxSteps + 1) * streams, hiddenSize);
        tanhCells = new FloatMatrix(maxSteps * streams, hiddenSize);
        gateGradients = new FloatMatrix(maxSteps * streams, gateWidth);
        hiddenGradients = new FloatMatrix(maxSteps * streams, hiddenSize);
        recurrentGradient = new FloatMatrix(streams, hiddenSize);
        this.ones = ones;
        hiddenBlocks = new Blas.Block[maxSteps + 1];
        gateBlocks = new Blas.Block[maxSteps];
        gateGradientBlocks = new Blas.Block[maxSteps];
        for (int t = 0; t <= maxSteps; t++) {
            hiddenBlocks[t] = hidden.rows(t * streams, (t + 1) * streams);
            if (t < maxSteps) {
                gateBlocks[t] = gates.rows(t * streams, (t + 1) * streams);
                gateGradientBlocks[t] = gateGradients.rows(t * streams, (t + 1) * streams);
            }
        }
        int units = streams * hiddenSize;
        biasValues = new float[gateWidth];
        stepGates = new float[streams * gateWidth];
        stepPreviousCells = new float[units];
        stepCells = new float[units];
        stepTanhCells = new float[units];
        stepHidden = new float[units];
        stepHiddenGradient = new float[units];
        stepRecurrentGradient = new float[units];
        cellGradient = new float[units];
    }

    /** Forgets the carried state (a new stream start). */
    void resetState() {
        int units = streams * hiddenSize;
        hidden.data.put(0, new float[units]);
        cells.data.put(0, new float[units]);
    }

    /** Carries the state at the end of a {@code steps}-long segment into the next segment. */
    void carryState(int steps) {
        int units = streams * hiddenSize;
        hidden.data.get(steps * units, stepHidden);
        hidden.data.put(0, stepHidden);
        cells.data.get(steps * units, stepCells);
        cells.data.put(0, stepCells);
    }

    /** The layer's output h_1..h_T as [T·B, H]. */
    Blas.Block output(int steps) {
        return hidden.rows(streams, (steps + 1) * streams);
    }

    /** Runs the segment; {@code input} is [T·B, in], time-major. */
    void forward(Blas.Block input, int steps) {
        Blas.multiply(input, false, inputWeights.valueBlock(), false, gates.rows(0, steps * streams), false);
        slots.valueData.get(bias.offset(), biasValues);
        int units = streams * hiddenSize;
        for (int t = 0; t < steps; t++) {
            Blas.multiply(hiddenBlocks[t], false, recurrentWeights.valueBlock(), false, gateBlocks[t], true);
            gates.data.get(t * stepGates.length, stepGates);
            cells.data.get(t * units, stepPreviousCells);
            for (int b = 0; b < streams; b++) {
                cellStep(b);
            }
            gates.data.put(t * stepGates.length, stepGates);
            cells.data.put((t + 1) * units, stepCells);
            tanhCells.data.put(t * units, stepTanhCells);
            hidden.data.put((t + 1) * units, stepHidden);
        }
    }

    /** z += bias, activations in place, c_t = f·c_{t-1} + i·a, h_t = o·tanh(c_t), for stream b. */
    private void cellStep(int b) {
        int h = hiddenSize;
        int z = b * 4 * h;
        int u = b * h;
        float[] g = stepGates;
        for (int j = 0; j < h; j++) {
            float a = tanh(g[z + j] + biasValues[j]);
            float f = sigmoid(g[z + h + j] + biasValues[h + j]);
            float o = sigmoid(g[z + 2 * h + j] + biasValues[2 * h + j]);
            float i = sigmoid(g[z + 3 * h + j] + biasValues[3 * h + j]);
            g[z + j] = a;
            g[z + h + j] = f;
            g[z + 2 * h + j] = o;
            g[z + 3 * h + j] = i;
            float c = f * stepPreviousCells[u + j] + i * a;
            float tanhC = tanh(c);
            stepCells[u + j] = c;
            stepTanhCells[u + j] = tanhC;
            stepHidden[u + j] = o * tanhC;
        }
    }

    /**
     * Back-propagates {@link #hiddenGradients} through the segment (truncated at its start; the carried-in state is a
     * constant): writes this layer's weight gradients and, when {@code inputGradient} is given, dLoss/dinput into it.
     */
    void backward(Blas.Block input, int steps, Blas.Block inputGradient) {
        int rows = steps * streams;
        int units = streams * hiddenSize;
        Arrays.fill(stepRecurrentGradient, 0f);
        Arrays.fill(cellGradient, 0f);
        for (int t = steps - 1; t >= 0; t--) {
            gates.data.get(t * stepGates.length, stepGates);
            cells.data.get(t * units, stepPreviousCells);
            tanhCells.data.get(t * units, stepTanhCells);
            hiddenGradients.data.get(t * units, stepHiddenGradient);
            for (int b = 0; b < streams; b++) {
                cellStepBackward(b);
            }
            gateGradients.data.put(t * stepGates.length, stepGates);
            if (t > 0) {
                Blas.multiply(gateGradientBlocks[t], false, recurrentWeights.valueBlock(), true,
                        recurrentGradient.rows(0, streams), false);
                recurrentGradient.data.get(0, stepRecurrentGradient);
            }
        }
        Blas.Block gateGradientRows = gateGradients.rows(0, rows);
        Blas.multiply(input, true, gateGradientRows, false, inputWeights.gradientBlock(), false);
        Blas.multiply(hidden.rows(0, rows), true, gateGradientRows, false, recurrentWeights.gradientBlock(), false);
        Blas.multiply(ones.rows(0, 1).withColumns(rows), false, gateGradientRows, false, bias.gradientBlock(), false);
        if (inputGradient != null) {
            Blas.multiply(gateGradientRows, false, inputWeights.valueBlock(), true, inputGradient, false);
        }
    }

    /** One stream's step backwards; overwrites {@link #stepGates} with dLoss/dz. */
    private void cellStepBackward(int b) {
        int h = hiddenSize;
        int z = b * 4 * h;
        int u = b * h;
        float[] g = stepGates;
        for (int j = 0; j < h; j++) {
            float a = g[z + j];
            float f = g[z + h + j];
            float o = g[z + 2 * h + j];
            float i = g[z + 3 * h + j];
            float tanhC = stepTanhCells[u + j];
            float dh = stepHiddenGradient[u + j] + stepRecurrentGradient[u + j];
            float dc = cellGradient[u + j] + dh * o * (1 - tanhC * tanhC);
            float dOutput = dh * tanhC;
            cellGradient[u + j] = dc * f;
            g[z + j] = dc * i * (1 - a * a);
            g[z + h + j] = dc * stepPreviousCells[u + j] * f * (1 - f);
            g[z + 2 * h + j] = dOutput * o * (1 - o);
            g[z + 3 * h + j] = dc * a * i * (1 - i);
        }
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** tanh through exp, which the JIT compiles to a machine intrinsic (Math.tanh is not one on JDK 17). */
    private static float tanh(float x) {
        return (float) (1.0 - 2.0 / (Math.exp(2.0 * x) + 1.0));
    }
}
