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

    /**
     * The gain per frame that keeps every sample of {@code buffer} at or under {@code ceiling}. One forward pass whose
     * only whole-track array is the gain itself: the look-ahead minimum is a monotonic queue over the next
     * {@code attack + 1} frames and the attack's ramp a ring of the last {@code attack + 1} released gains, so it
     * needs 4 bytes a frame, not 24, and computes exactly what the three whole-track passes did.
     */
    static float[] envelope(StereoBuffer buffer, double ceiling) {
        int n = buffer.frames();
        int attack = StereoBuffer.frames(ATTACK_SECONDS);
        int window = attack + 1;
        double recovery = 1 - StrictMath.exp(-1.0 / (RELEASE_SECONDS * StereoBuffer.SAMPLE_RATE));
        // The queue of frames ahead whose needed gain is a candidate for the minimum: values increasing from head.
        int[] queueFrame = new int[window + 1];
        double[] queueValue = new double[window + 1];
        int head = 0;
        int size = 0;
        double[] releasedRing = new double[window]; // the released gain of frame i sits at i % window
        float[] gain = new float[n];
        double released = 1;
        double deficit = 0; // the window's sum of (1 − gain): exactly 0 wherever nothing is limited
        for (int j = 0; j < n + attack; j++) {
            if (j < n) {
                double value = needed(buffer, j, ceiling);
                while (size > 0 && queueValue[(head + size - 1) % queueFrame.length] >= value) {
                    size--;
                }
                int slot = (head + size) % queueFrame.length;
                queueFrame[slot] = j;
                queueValue[slot] = value;
                size++;
            }
            int i = j - attack;
            if (i < 0) {
                continue;
            }
            while (queueFrame[head] < i) {
                head = (head + 1) % queueFrame.length;
                size--;
            }
            double held = queueValue[head]; // min(needed[i .. i + attack])
            // Release: rise back towards 1, but never above what is needed ahead.
            released = Math.min(held, released + (1 - released) * recovery);
            // Smooth the attack into a ramp: the mean of the last attack + 1 values, each at most the gain frame i
            // needs, because every one of them looked ahead as far as frame i.
            int ring = i % window;
            deficit += 1 - released;
            if (i > attack) {
                deficit -= 1 - releasedRing[ring]; // frame i − attack − 1's
            }
            releasedRing[ring] = released;
            gain[i] = deficit <= 0 ? 1f : (float) Math.min(needed(buffer, i, ceiling), 1 - deficit / window);
        }
        return gain;
    }

    private static double needed(StereoBuffer buffer, int i, double ceiling) {
        double peak = Math.max(Math.abs(buffer.left[i]), Math.abs(buffer.right[i]));
        return peak > ceiling ? ceiling / peak : 1;
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
