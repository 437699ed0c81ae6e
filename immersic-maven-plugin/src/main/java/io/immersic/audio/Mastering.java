package io.immersic.audio;

import java.util.Collection;

/**
 * Brings the mix to the streaming services' loudness: −14 LUFS integrated with a true peak of at most −1 dBTP. Every
 * gain and limiter envelope is computed on the mix and applied alike to each stem, so the stems go on summing to the
 * mix. The stems get the product of all of them in one pass at the end: the same gains, a fraction of the work.
 */
final class Mastering {

    static final double TARGET_LUFS = -14;
    static final double MAX_TRUE_PEAK_DBTP = -1;
    /** The limiter holds samples half a dB under the true-peak limit: room for the overs between samples. */
    static final double LIMITER_CEILING_DBFS = MAX_TRUE_PEAK_DBTP - 0.5;
    static final int MAX_PASSES = 3;

    private Mastering() {}

    /** Masters {@code mix} and {@code stems} in place; returns the mix's final loudness. */
    static Loudness apply(StereoBuffer mix, Collection<StereoBuffer> stems) {
        double gain = 1;         // for the stems: the product of the mix's gains...
        float[] envelope = null; // ...and of its limiter envelopes
        double truePeak = Double.NaN;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            double lufs = Loudness.integrated(mix);
            if (lufs == Double.NEGATIVE_INFINITY) {
                break; // silence (under the absolute gate): nothing to bring up
            }
            double toTarget = decibels(TARGET_LUFS - lufs);
            mix.scale(toTarget);
            gain *= toTarget;
            truePeak = TruePeak.dbtp(mix);
            if (truePeak <= MAX_TRUE_PEAK_DBTP) {
                break;
            }
            // Limiting takes a little loudness away; the next pass gains it back and limits what that raises.
            float[] limit = PeakLimiter.envelope(mix, decibels(LIMITER_CEILING_DBFS));
            PeakLimiter.apply(mix, limit);
            if (!stems.isEmpty()) { // only the stems need the envelope after it has been applied to the mix
                envelope = envelope == null ? limit : multiply(envelope, limit);
            }
            truePeak = Double.NaN;
        }
        if (Double.isNaN(truePeak)) {
            truePeak = TruePeak.dbtp(mix);
        }
        if (truePeak > MAX_TRUE_PEAK_DBTP) {
            // The true-peak limit outranks the loudness target (the last pass's limiter may leave an over).
            double down = decibels(MAX_TRUE_PEAK_DBTP - 0.01 - truePeak);
            mix.scale(down);
            gain *= down;
            truePeak = TruePeak.dbtp(mix);
        }
        for (StereoBuffer stem : stems) {
            if (envelope == null) {
                stem.scale(gain);
            } else {
                for (int i = 0; i < stem.frames(); i++) {
                    double g = gain * envelope[i];
                    stem.left[i] = (float) (stem.left[i] * g);
                    stem.right[i] = (float) (stem.right[i] * g);
                }
            }
        }
        return new Loudness(Loudness.integrated(mix), truePeak);
    }

    private static float[] multiply(float[] into, float[] by) {
        for (int i = 0; i < into.length; i++) {
            into[i] *= by[i];
        }
        return into;
    }

    static double decibels(double db) {
        return StrictMath.pow(10, db / 20);
    }
}
