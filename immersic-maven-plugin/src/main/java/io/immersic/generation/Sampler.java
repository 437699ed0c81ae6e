package io.immersic.generation;

import java.util.SplittableRandom;

/**
 * Picks the next token from the model's probabilities with temperature, top-k and top-p (nucleus) filtering. It uses
 * only its own seeded generator, so a given probability row and seed always give the same choice.
 */
public final class Sampler {

    private final double temperature;
    private final int topK;
    private final double topP;

    public Sampler(double temperature, int topK, double topP) {
        this.temperature = temperature;
        this.topK = topK;
        this.topP = topP;
    }

    /**
     * This sampler no hotter than the model itself (temperature at most 1), for the tokens that say how a note is
     * played rather than what is played: a temperature above 1 is asked for new music, and flattening each note's
     * velocity and length as well made the hands less even than any player's (a 4-bar window's note lengths spread
     * 1.11 in log2 at 1.2, the human pieces' 0.89; 1.02 at 1).
     */
    public Sampler notHotterThanTheModel() {
        return temperature <= 1 ? this : new Sampler(1, topK, topP);
    }

    /**
     * @param probabilities the model's distribution; tokens with {@code allowed[i] == false} are never picked
     * @return the chosen index, or -1 when no allowed token has any probability
     */
    public int sample(float[] probabilities, boolean[] allowed, SplittableRandom random) {
        double[] weights = new double[probabilities.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = allowed[i] ? Math.max(0, probabilities[i]) : 0;
        }
        if (temperature == 0) {
            return argmax(weights);
        }
        if (temperature != 1) {
            // p^(1/T) in log space, so small temperatures do not underflow.
            double maxLog = Double.NEGATIVE_INFINITY;
            for (double w : weights) {
                if (w > 0) {
                    maxLog = Math.max(maxLog, StrictMath.log(w));
                }
            }
            for (int i = 0; i < weights.length; i++) {
                weights[i] = weights[i] > 0 ? StrictMath.exp((StrictMath.log(weights[i]) - maxLog) / temperature) : 0;
            }
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return -1;
        }
        // The nucleus, most likely first (ties by index). Picked by repeated maximum: a trained model puts most of
        // its mass on a few tokens, so this stops after a handful of passes and needs no sort or boxing.
        int limit = topK > 0 ? Math.min(topK, weights.length) : weights.length;
        int[] nucleus = new int[limit];
        boolean[] taken = new boolean[weights.length];
        int keep = 0;
        double kept = 0;
        while (keep < limit && kept < topP * total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (!taken[i] && weights[i] > 0 && (best < 0 || weights[i] > weights[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            nucleus[keep++] = best;
            kept += weights[best];
        }
        double target = random.nextDouble() * kept;
        double cumulative = 0;
        for (int rank = 0; rank < keep; rank++) {
            cumulative += weights[nucleus[rank]];
            if (target < cumulative) {
                return nucleus[rank];
            }
        }
        return nucleus[keep - 1];
    }

    private static int argmax(double[] weights) {
        int best = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0 && (best < 0 || weights[i] > weights[best])) {
                best = i;
            }
        }
        return best;
    }
}
