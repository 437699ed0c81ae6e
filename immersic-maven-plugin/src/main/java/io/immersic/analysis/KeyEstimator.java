package io.immersic.analysis;

import io.immersic.tokens.NoteNames;

/**
 * Estimates a key with the Krumhansl-Schmuckler method: the duration-weighted pitch-class histogram is correlated
 * with the Krumhansl-Kessler major and minor profiles rotated to each tonic, and the best match wins.
 */
public final class KeyEstimator {

    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private KeyEstimator() {}

    /** A key and how well the music correlates with its profile (1 = perfectly, 0 = not at all). */
    public record Key(String name, double correlation) {}

    /** The key for a pitch-class histogram (index 0 = C), e.g. {@code "C major"}; "unknown" when it is empty. */
    public static String estimate(double[] pitchClassWeights) {
        return best(pitchClassWeights).name();
    }

    /** The best-matching key with its Pearson correlation. */
    public static Key best(double[] pitchClassWeights) {
        double total = 0;
        for (double w : pitchClassWeights) {
            total += w;
        }
        if (total <= 0) {
            return new Key("unknown", 0);
        }
        String best = "unknown";
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int tonic = 0; tonic < 12; tonic++) {
            double major = correlation(pitchClassWeights, MAJOR, tonic);
            double minor = correlation(pitchClassWeights, MINOR, tonic);
            if (major > bestScore) {
                bestScore = major;
                best = NoteNames.pitchClassName(tonic) + " major";
            }
            if (minor > bestScore) {
                bestScore = minor;
                best = NoteNames.pitchClassName(tonic) + " minor";
            }
        }
        return new Key(best, bestScore);
    }

    private static double correlation(double[] weights, double[] profile, int tonic) {
        double meanW = 0;
        double meanP = 0;
        for (int i = 0; i < 12; i++) {
            meanW += weights[i] / 12;
            meanP += profile[i] / 12;
        }
        double covariance = 0;
        double varianceW = 0;
        double varianceP = 0;
        for (int pc = 0; pc < 12; pc++) {
            double w = weights[pc] - meanW;
            double p = profile[Math.floorMod(pc - tonic, 12)] - meanP;
            covariance += w * p;
            varianceW += w * w;
            varianceP += p * p;
        }
        return varianceW == 0 ? Double.NEGATIVE_INFINITY : covariance / Math.sqrt(varianceW * varianceP);
    }
}
