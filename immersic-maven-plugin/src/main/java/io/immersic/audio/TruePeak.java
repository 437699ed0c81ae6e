package io.immersic.audio;

/**
 * The true peak: the signal's highest magnitude between samples as well as on them, found by 4× oversampling with a
 * polyphase, Blackman-windowed sinc interpolator of 64 taps (16 a phase; BS.1770-4's example filter has 48), a block
 * of the track at a time.
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

    /**
     * Measures the true peak of a track times a gain, each sample rounded to a float as a scaled track holds it, given
     * a block at a time, unscaled. Interpolating costs 48 multiplications a sample, so a block of {@value #BLOCK}
     * samples is interpolated only where its neighbourhood (it and the blocks either side) could reach past the peak
     * found so far, starting from the channel's sample peak, which the caller knows from an earlier pass: the result
     * is exact, and most of a mastered track's samples lie far enough under its peak to be skipped. Only the samples
     * interpolated are scaled: a float product is monotonic in the sample, so a block's scaled largest |sample| is its
     * largest, scaled. Each channel keeps only the blocks it has yet to look at and their neighbours.
     */
    static final class Meter {
        private final Channel left;
        private final Channel right;

        /** @param leftPeak the left channel's largest |sample| unscaled, as is {@code rightPeak} the right's */
        Meter(double gain, double leftPeak, double rightPeak) {
            left = new Channel(gain, leftPeak);
            right = new Channel(gain, rightPeak);
        }

        void add(StereoBuffer block, int count) {
            left.add(block.left, count);
            right.add(block.right, count);
        }

        /** The true peak of what was added, dBTP. */
        double dbtp() {
            double peak = Math.max(left.finish(), right.finish());
            return peak > 0 ? 20 * StrictMath.log10(peak) : Double.NEGATIVE_INFINITY;
        }
    }

    /** One channel's scan, in the track's order: block b is looked at once blocks b − 1 to b + 1 have arrived. */
    private static final class Channel {
        private final double gain;
        private double best;
        private float[] window = new float[4 * BLOCK];
        private int origin; // the frame at window[0]; a multiple of BLOCK
        private int filled;
        private int next;   // the next block to look at
        private double before;       // the largest |sample| of block next − 1
        private double current = -1; // and of block next (−1: not yet known)
        /** The scaled samples a block's points weigh: from HALF − 1 before it to HALF after its end. */
        private final double[] near = new double[BLOCK + TAPS - 1];

        Channel(double gain, double samplePeak) {
            this.gain = gain;
            this.best = scaled(samplePeak);
        }

        /** A sample as the scaled track holds it. */
        private double scaled(double sample) {
            return (float) (sample * gain);
        }

        void add(float[] x, int count) {
            int keep = Math.max(0, (next - 1) * BLOCK); // block next − 1 is a neighbour still
            int drop = keep - origin;
            if (drop > 0) {
                System.arraycopy(window, drop, window, 0, filled - drop);
                origin = keep;
                filled -= drop;
            }
            if (window.length < filled + count) {
                window = java.util.Arrays.copyOf(window, filled + count + 4 * BLOCK);
            }
            System.arraycopy(x, 0, window, filled, count);
            filled += count;
            for (int end = origin + filled; (next + 2) * BLOCK <= end; next++) {
                look(next, end);
            }
        }

        /** Looks at the blocks left (the track's end is silent beyond); returns the channel's true peak, linear. */
        double finish() {
            int end = origin + filled;
            for (int blocks = (end + BLOCK - 1) / BLOCK; next < blocks; next++) {
                look(next, end);
            }
            return best;
        }

        private void look(int block, int end) {
            double after = blockMax(block + 1, end);
            current = current < 0 ? blockMax(block, end) : current;
            double largest = Math.max(current, Math.max(before, after));
            before = current;
            current = after;
            if (largest * GAIN_BOUND <= best) {
                return;
            }
            // The samples the block's points weigh, scaled, once; silent outside the track.
            int first = block * BLOCK - HALF + 1;
            for (int k = 0; k < near.length; k++) {
                int i = first + k;
                near[k] = i >= 0 && i < end ? scaled(window[i - origin]) : 0;
            }
            for (int n = 0, last = Math.min(end - block * BLOCK, BLOCK); n < last; n++) {
                for (int p = 1; p < FACTOR; p++) {
                    double[] taps = PHASES[p];
                    double sum = 0;
                    for (int j = 0; j < TAPS; j++) {
                        sum += taps[j] * near[n + j];
                    }
                    best = Math.max(best, Math.abs(sum));
                }
            }
        }

        private double blockMax(int block, int end) {
            double max = 0;
            for (int i = Math.max(0, block * BLOCK), last = Math.min(end, (block + 1) * BLOCK); i < last; i++) {
                max = Math.max(max, Math.abs(window[i - origin]));
            }
            return scaled(max);
        }
    }
}
