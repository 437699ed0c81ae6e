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

    public static Loudness of(StereoBuffer buffer) {
        return new Loudness(integrated(buffer), TruePeak.dbtp(buffer));
    }

    /** Integrated loudness in LUFS; left and right weigh 1 each (BS.1770's G for the front channels). */
    public static double integrated(StereoBuffer buffer) {
        int steps = buffer.frames() / STEP_FRAMES;
        double[] stepEnergy = new double[steps];
        weightedEnergy(buffer, stepEnergy);
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

    static double lufs(double meanSquare) {
        return meanSquare > 0 ? -0.691 + 10 * StrictMath.log10(meanSquare) : Double.NEGATIVE_INFINITY;
    }

    private static double power(double lufs) {
        return StrictMath.pow(10, (lufs + 0.691) / 10);
    }

    /**
     * The K-weighted energy of both channels per 100 ms step (a partial step at the end belongs to no block). Both
     * channels go through one loop: each filter is a serial recurrence, and two independent ones overlap.
     */
    private static void weightedEnergy(StereoBuffer buffer, double[] stepEnergy) {
        Biquad leftShelf = Biquad.highShelf(StereoBuffer.SAMPLE_RATE);
        Biquad leftHighPass = Biquad.highPass(StereoBuffer.SAMPLE_RATE);
        Biquad rightShelf = Biquad.highShelf(StereoBuffer.SAMPLE_RATE);
        Biquad rightHighPass = Biquad.highPass(StereoBuffer.SAMPLE_RATE);
        for (int s = 0; s < stepEnergy.length; s++) {
            double sum = 0;
            for (int i = s * STEP_FRAMES, end = i + STEP_FRAMES; i < end; i++) {
                double l = leftHighPass.next(leftShelf.next(buffer.left[i]));
                double r = rightHighPass.next(rightShelf.next(buffer.right[i]));
                sum += l * l + r * r;
            }
            stepEnergy[s] = sum;
        }
    }

    /**
     * One of K-weighting's two second-order sections, direct form I. The coefficients come from the analogue prototype
     * by the bilinear transform at the actual sample rate (BS.1770 tabulates them for 48 kHz only), with the shelf's
     * and the high-pass's corner, gain and Q as libebur128 derives them.
     */
    static final class Biquad {
        private final double b0, b1, b2, a1, a2;
        private double x1, x2, y1, y2;

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

        double next(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
