package io.immersic.model;

import java.nio.FloatBuffer;

/**
 * DL4J's update for the token model, over flat parameter and gradient vectors: the summed gradient divided by the
 * number of streams (DL4J's minibatch division), every element clipped to ±{@code clip} (DL4J's
 * ClipElementWiseAbsoluteValue), then Adam with DL4J's bias correction folded into the step size,
 * {@code lr·sqrt(1-β2^t)/(1-β1^t) · m / (sqrt(v) + ε)}.
 */
final class ClippedAdam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final float clip;
    private final float[] firstMoment;
    private final float[] secondMoment;
    private final float[] values;
    private final float[] gradient;
    private int iteration;

    ClippedAdam(int size, double learningRate, double clip) {
        this.learningRate = learningRate;
        this.clip = (float) clip;
        this.firstMoment = new float[size];
        this.secondMoment = new float[size];
        this.values = new float[size];
        this.gradient = new float[size];
    }

    void step(FloatBuffer parameters, FloatBuffer gradients, int streams) {
        iteration++;
        float stepSize = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration))
                / (1 - Math.pow(BETA1, iteration)));
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float divisor = streams;
        float epsilon = (float) EPSILON;
        // Bulk copies: loops over Java arrays compile to tight (vectorizable) code, FloatBuffer accessors do not.
        parameters.get(0, values);
        gradients.get(0, gradient);
        for (int i = 0; i < values.length; i++) {
            float g = Math.max(-clip, Math.min(clip, gradient[i] / divisor));
            float m = b1 * firstMoment[i] + (1 - b1) * g;
            float v = b2 * secondMoment[i] + (1 - b2) * g * g;
            firstMoment[i] = m;
            secondMoment[i] = v;
            values[i] -= stepSize * m / ((float) Math.sqrt(v) + epsilon);
        }
        parameters.put(0, values);
    }
}
