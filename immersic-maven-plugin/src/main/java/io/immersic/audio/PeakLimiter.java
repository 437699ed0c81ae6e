package io.immersic.audio;

/**
 * A look-ahead peak limiter that only computes its gain: the caller applies the same envelope to the mix and to every
 * stem, so the stems keep summing to the mix. The gain reaches each peak's reduction before the peak arrives (the
 * look-ahead is the attack, so nothing overshoots), and recovers with an exponential release.
 */
final class PeakLimiter {

    static final double ATTACK_SECONDS = 0.003;
    static final double RELEASE_SECONDS = 0.1;

    private PeakLimiter() {}

    /** The gain per frame that keeps every sample of {@code buffer} at or under {@code ceiling}. */
    static float[] envelope(StereoBuffer buffer, double ceiling) {
        int n = buffer.frames();
        int attack = StereoBuffer.frames(ATTACK_SECONDS);
        double[] needed = new double[n];
        for (int i = 0; i < n; i++) {
            double peak = Math.max(Math.abs(buffer.left[i]), Math.abs(buffer.right[i]));
            needed[i] = peak > ceiling ? ceiling / peak : 1;
        }
        double[] held = lookAheadMinimum(needed, attack);
        // Release: rise back towards 1, but never above what is needed ahead.
        double recovery = 1 - StrictMath.exp(-1.0 / (RELEASE_SECONDS * StereoBuffer.SAMPLE_RATE));
        double released = 1;
        for (int i = 0; i < n; i++) {
            released = Math.min(held[i], released + (1 - released) * recovery);
            held[i] = released;
        }
        // Smooth the attack into a ramp: the mean of the last attack + 1 values, each at most the gain frame i needs,
        // because every one of them looked ahead as far as frame i.
        float[] gain = new float[n];
        double deficit = 0; // the window's sum of (1 − gain): exactly 0 wherever nothing is limited
        for (int i = 0; i < n; i++) {
            deficit += 1 - held[i];
            if (i > attack) {
                deficit -= 1 - held[i - attack - 1];
            }
            gain[i] = deficit <= 0 ? 1f : (float) Math.min(needed[i], 1 - deficit / (attack + 1));
        }
        return gain;
    }

    /** min(values[i .. i + window]) for each i, in one pass with a monotonic queue of indices. */
    static double[] lookAheadMinimum(double[] values, int window) {
        int n = values.length;
        double[] out = new double[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = n - 1; i >= 0; i--) {
            while (tail > head && values[queue[tail - 1]] >= values[i]) {
                tail--;
            }
            queue[tail++] = i;
            while (queue[head] > i + window) {
                head++;
            }
            out[i] = values[queue[head]];
        }
        return out;
    }

    static void apply(StereoBuffer buffer, float[] gain) {
        for (int i = 0; i < buffer.frames(); i++) {
            buffer.left[i] *= gain[i];
            buffer.right[i] *= gain[i];
        }
    }
}
