package io.immersic.audio;

/**
 * Loudness as ITU-R BS.1770-4 measures it: K-weighted mean square over 400 ms blocks that overlap by 75 %, gated
 * absolutely at −70 LUFS and then relatively at 10 LU under the loudness of the blocks left, and the true peak found by
 * 4× oversampling.
 *
 * @param integratedLufs integrated loudness (−∞ when every block is under the absolute gate)
 * @param truePeakDbtp the highest 4×-oversampled sample, dB relative to full scale
 */
public record Loudness(double integratedLufs, double truePeakDbtp) {

    static final double ABSOLUTE_GATE_LUFS = -70;
    static final double RELATIVE_GATE_LU = -10;
    /** 400 ms blocks, stepped by 100 ms: a block is four consecutive steps. */
    static final int STEP_FRAMES = StereoBuffer.SAMPLE_RATE / 10;

    static double lufs(double meanSquare) {
        return meanSquare > 0 ? -0.691 + 10 * StrictMath.log10(meanSquare) : Double.NEGATIVE_INFINITY;
    }

    private static double power(double lufs) {
        return StrictMath.pow(10, (lufs + 0.691) / 10);
    }

    /**
     * Measures a track given a block at a time: the K-weighting filters run on from block to block, and only each
     * 100 ms step's energy is kept (8 bytes a step: 3 MB for ten hours), so it measures any length exactly as it
     * would measure the track whole.
     */
    static final class Meter {
        private static final Biquad SHELF = Biquad.highShelf(StereoBuffer.SAMPLE_RATE);
        private static final Biquad HIGH_PASS = Biquad.highPass(StereoBuffer.SAMPLE_RATE);
        // Each stage's last two inputs and outputs, left (l) and right (r): shelf (s) then high-pass (h).
        private double lsx1, lsx2, lsy1, lsy2, lhx1, lhx2, lhy1, lhy2;
        private double rsx1, rsx2, rsy1, rsy2, rhx1, rhx2, rhy1, rhy2;
        private double[] stepEnergy = new double[256];
        private int steps;
        private double energy; // of the step under way
        private int inStep;    // its frames so far

        /** Adds the first {@code count} frames of {@code block}. */
        void add(StereoBuffer block, int count) {
            for (int i = 0; i < count; ) {
                int end = Math.min(count, i + STEP_FRAMES - inStep);
                energy = weigh(block.left, block.right, i, end, energy);
                inStep += end - i;
                i = end;
                if (inStep == STEP_FRAMES) {
                    if (steps == stepEnergy.length) {
                        stepEnergy = java.util.Arrays.copyOf(stepEnergy, 2 * steps);
                    }
                    stepEnergy[steps++] = energy;
                    energy = 0;
                    inStep = 0;
                }
            }
        }

        /**
         * {@code sum} plus the K-weighted energy of frames {@code from} to {@code to}. The four recurrences (two stages,
         * two channels) run in one loop, side by side, with their state in locals: each is serial, and in memory its
         * state would lengthen every step by a store and a load.
         */
        private double weigh(float[] left, float[] right, int from, int to, double sum) {
            Biquad s = SHELF;
            Biquad h = HIGH_PASS;
            double lsx1 = this.lsx1, lsx2 = this.lsx2, lsy1 = this.lsy1, lsy2 = this.lsy2;
            double lhx1 = this.lhx1, lhx2 = this.lhx2, lhy1 = this.lhy1, lhy2 = this.lhy2;
            double rsx1 = this.rsx1, rsx2 = this.rsx2, rsy1 = this.rsy1, rsy2 = this.rsy2;
            double rhx1 = this.rhx1, rhx2 = this.rhx2, rhy1 = this.rhy1, rhy2 = this.rhy2;
            for (int i = from; i < to; i++) {
                double lx = left[i];
                double rx = right[i];
                double ls = s.b0 * lx + s.b1 * lsx1 + s.b2 * lsx2 - s.a1 * lsy1 - s.a2 * lsy2;
                double rs = s.b0 * rx + s.b1 * rsx1 + s.b2 * rsx2 - s.a1 * rsy1 - s.a2 * rsy2;
                double l = h.b0 * ls + h.b1 * lhx1 + h.b2 * lhx2 - h.a1 * lhy1 - h.a2 * lhy2;
                double r = h.b0 * rs + h.b1 * rhx1 + h.b2 * rhx2 - h.a1 * rhy1 - h.a2 * rhy2;
                lsx2 = lsx1;
                lsx1 = lx;
                lsy2 = lsy1;
                lsy1 = ls;
                rsx2 = rsx1;
                rsx1 = rx;
                rsy2 = rsy1;
                rsy1 = rs;
                lhx2 = lhx1;
                lhx1 = ls;
                lhy2 = lhy1;
                lhy1 = l;
                rhx2 = rhx1;
                rhx1 = rs;
                rhy2 = rhy1;
                rhy1 = r;
                sum += l * l + r * r;
            }
            this.lsx1 = lsx1;
            this.lsx2 = lsx2;
            this.lsy1 = lsy1;
            this.lsy2 = lsy2;
            this.lhx1 = lhx1;
            this.lhx2 = lhx2;
            this.lhy1 = lhy1;
            this.lhy2 = lhy2;
            this.rsx1 = rsx1;
            this.rsx2 = rsx2;
            this.rsy1 = rsy1;
            this.rsy2 = rsy2;
            this.rhx1 = rhx1;
            this.rhx2 = rhx2;
            this.rhy1 = rhy1;
            this.rhy2 = rhy2;
            return sum;
        }

        /** The integrated loudness of what was added (a partial step at the end belongs to no block). */
        double integrated() {
            int blocks = steps - 3;
            if (blocks <= 0) {
                return Double.NEGATIVE_INFINITY;
            }
            double[] power = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                power[b] = (stepEnergy[b] + stepEnergy[b + 1] + stepEnergy[b + 2] + stepEnergy[b + 3])
                        / (4.0 * STEP_FRAMES);
            }
            double absoluteGate = power(ABSOLUTE_GATE_LUFS);
            double relativeGate = power(lufs(gatedMean(power, absoluteGate)) + RELATIVE_GATE_LU);
            return lufs(gatedMean(power, Math.max(absoluteGate, relativeGate)));
        }

        /** The mean power of the blocks strictly above the gate, or 0 when none is. */
        private static double gatedMean(double[] power, double gate) {
            double sum = 0;
            int count = 0;
            for (double p : power) {
                if (p > gate) {
                    sum += p;
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        }
    }

    /**
     * One of K-weighting's two second-order sections, direct form I. The coefficients come from the analogue prototype
     * by the bilinear transform at the actual sample rate (BS.1770 tabulates them for 48 kHz only), with the shelf's
     * and the high-pass's corner, gain and Q as libebur128 derives them.
     */
    static final class Biquad {
        final double b0, b1, b2, a1, a2;

        private Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }
        /** Stage 1: the head's acoustic effect, a +4 dB shelf above about 1.7 kHz. */
        static Biquad highShelf(double rate) {
            double f0 = 1681.974450955533;
            double gainDb = 3.999843853973347;
            double q = 0.7071752369554196;
            double k = StrictMath.tan(StrictMath.PI * f0 / rate);
            double vh = StrictMath.pow(10, gainDb / 20);
            double vb = StrictMath.pow(vh, 0.4996667741545416);
            double a0 = 1 + k / q + k * k;
            return new Biquad((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                    2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        }

        /** Stage 2: the RLB weighting, a second-order high-pass near 38 Hz (unnormalised numerator 1, −2, 1). */
        static Biquad highPass(double rate) {
            double f0 = 38.13547087602444;
            double q = 0.5003270373238773;
            double k = StrictMath.tan(StrictMath.PI * f0 / rate);
            double a0 = 1 + k / q + k * k;
            return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        }
    }
}
