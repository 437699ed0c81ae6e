package io.immersic.audio;

/**
 * The true peak: the signal's highest magnitude between samples as well as on them, found by 4× oversampling with a
 * polyphase, Blackman-windowed sinc interpolator of 64 taps (16 a phase; BS.1770-4's example filter has 48).
 */
final class TruePeak {

    static final int FACTOR = 4;
    private static final int HALF = 8;
    private static final int TAPS = 2 * HALF;
    private static final int BLOCK = 16;

    /** PHASES[p][j] weighs x[n + j − HALF + 1] for the point n + p/4; phase 0 is the sample itself. */
    private static final double[][] PHASES = new double[FACTOR][TAPS];
    /** The largest sum of |tap| of any phase: no interpolated point exceeds it times the window's largest sample. */
    private static final double GAIN_BOUND;

    static {
        double bound = 1;
        for (int p = 1; p < FACTOR; p++) {
            double sum = 0;
            for (int j = 0; j < TAPS; j++) {
                double t = (double) p / FACTOR - (j - HALF + 1); // distance from the tap's sample to the point
                double window = 0.42 + 0.5 * StrictMath.cos(StrictMath.PI * t / HALF)
                        + 0.08 * StrictMath.cos(2 * StrictMath.PI * t / HALF);
                PHASES[p][j] = StrictMath.sin(StrictMath.PI * t) / (StrictMath.PI * t) * window;
                sum += PHASES[p][j];
            }
            double absolute = 0;
            for (int j = 0; j < TAPS; j++) {
                PHASES[p][j] /= sum; // unity gain at DC
                absolute += Math.abs(PHASES[p][j]);
            }
            bound = Math.max(bound, absolute);
        }
        PHASES[0][HALF - 1] = 1;
        GAIN_BOUND = bound;
    }

    private TruePeak() {}

    static double dbtp(StereoBuffer buffer) {
        double peak = Math.max(linear(buffer.left), linear(buffer.right));
        return peak > 0 ? 20 * StrictMath.log10(peak) : Double.NEGATIVE_INFINITY;
    }

    /**
     * The channel's true peak, linear. Interpolating costs 48 multiplications a sample, so a block of samples is
     * interpolated only where its neighbourhood could reach past the peak found so far: the result is exact, and
     * most of a mastered track's samples lie far enough under its peak to be skipped.
     */
    static double linear(float[] x) {
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        double[] blockMax = new double[blocks];
        double best = 0;
        for (int i = 0; i < x.length; i++) {
            double a = Math.abs(x[i]);
            blockMax[i / BLOCK] = Math.max(blockMax[i / BLOCK], a);
            best = Math.max(best, a);
        }
        for (int b = 0; b < blocks; b++) {
            double near = Math.max(blockMax[b], Math.max(b > 0 ? blockMax[b - 1] : 0, b + 1 < blocks ? blockMax[b + 1] : 0));
            if (near * GAIN_BOUND <= best) {
                continue;
            }
            for (int n = b * BLOCK, end = Math.min(x.length, n + BLOCK); n < end; n++) {
                for (int p = 1; p < FACTOR; p++) {
                    best = Math.max(best, Math.abs(interpolate(x, n, PHASES[p])));
                }
            }
        }
        return best;
    }

    private static double interpolate(float[] x, int n, double[] taps) {
        int first = n - HALF + 1;
        double sum = 0;
        if (first >= 0 && first + TAPS <= x.length) {
            for (int j = 0; j < TAPS; j++) {
                sum += taps[j] * x[first + j];
            }
            return sum;
        }
        for (int j = 0; j < TAPS; j++) {
            int i = first + j;
            sum += i >= 0 && i < x.length ? taps[j] * x[i] : 0;
        }
        return sum;
    }
}
