package io.immersic.model;

/**
 * The arithmetic of a trained DL4J LSTM network in plain Java, shared by the inference paths that step it one token
 * at a time (where DL4J's per-call overhead dominates). {@link StrictMath} and float arithmetic in a fixed order make
 * the results identical on every JVM.
 */
public final class PlainLstm {

    private PlainLstm() {}

    /** out += vector · matrix, for a row-major matrix of {@code vector.length} rows and {@code width} columns. */
    public static void accumulate(float[] vector, float[] matrix, float[] out, int width) {
        for (int row = 0; row < vector.length; row++) {
            float v = vector[row];
            int offset = row * width;
            for (int col = 0; col < width; col++) {
                out[col] += v * matrix[offset + col];
            }
        }
    }

    /**
     * DL4J's LSTM cell on the pre-activations z = x·W + h·RW + b, laid out as [block input | forget | output | input
     * gate]: the block input uses tanh, the gates sigmoid; c = f·c + i·a, h = o·tanh(c). Updates {@code cell} and
     * writes {@code hidden} in place.
     */
    public static void cell(float[] z, float[] hidden, float[] cell) {
        int size = cell.length;
        for (int j = 0; j < size; j++) {
            float blockInput = (float) StrictMath.tanh(z[j]);
            float forget = sigmoid(z[size + j]);
            float output = sigmoid(z[2 * size + j]);
            float inputGate = sigmoid(z[3 * size + j]);
            cell[j] = forget * cell[j] + inputGate * blockInput;
            hidden[j] = output * (float) StrictMath.tanh(cell[j]);
        }
    }

    /** The softmax of the logits, computed in double from the largest logit down (no overflow). */
    public static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        double[] exp = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            exp[i] = StrictMath.exp(logits[i] - max);
            sum += exp[i];
        }
        float[] probabilities = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = (float) (exp[i] / sum);
        }
        return probabilities;
    }

    /** A weight matrix as one row-major array. */
    public static float[] flatten(float[][] matrix) {
        int columns = matrix.length == 0 ? 0 : matrix[0].length;
        float[] flat = new float[matrix.length * columns];
        for (int row = 0; row < matrix.length; row++) {
            System.arraycopy(matrix[row], 0, flat, row * columns, columns);
        }
        return flat;
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + StrictMath.exp(-x)));
    }
}
