package io.immersic.audio;

import java.util.SplittableRandom;

/**
 * Synthesized lo-fi drum sounds, each made once as a mono sample: a kick (a sine sweeping down from 140 to 50 Hz with
 * a click), a snare (a 185 Hz body under band-limited noise) and a closed hat (high-passed noise, very short). The
 * noise comes from fixed seeds, so the kit is the same in every build.
 */
final class DrumKit {

    enum Sound { KICK, SNARE, HAT }

    /** Half a millisecond of fade-in on every sound: no click when a hit starts on a loop's first sample. */
    private static final int DECLICK_FRAMES = 22;

    private final float[] kick = declick(kick());
    private final float[] snare = declick(snare());
    private final float[] hat = declick(hat());

    private static float[] declick(float[] sample) {
        for (int k = 0; k < Math.min(DECLICK_FRAMES, sample.length); k++) {
            sample[k] *= (float) k / DECLICK_FRAMES;
        }
        return sample;
    }

    float[] sample(Sound sound) {
        return switch (sound) {
            case KICK -> kick;
            case SNARE -> snare;
            case HAT -> hat;
        };
    }

    private static float[] kick() {
        float[] out = new float[StereoBuffer.frames(0.4)];
        double phase = 0;
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double frequency = 50 + 90 * StrictMath.exp(-t / 0.035);
            phase += frequency / StereoBuffer.SAMPLE_RATE;
            double body = SineTable.sinCycles(phase) * StrictMath.exp(-t / 0.16);
            double click = k < 90 ? (1 - k / 90.0) * 0.3 : 0;
            out[k] = (float) (0.9 * body + click);
        }
        return out;
    }

    private static float[] snare() {
        float[] out = new float[StereoBuffer.frames(0.25)];
        SplittableRandom random = new SplittableRandom(0x5a4e);
        double lowPassed = 0;
        double previousNoise = 0;
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double white = random.nextDouble() * 2 - 1;
            lowPassed += 0.45 * (white - lowPassed);          // soften the top: dusty, not crisp
            double band = lowPassed - previousNoise * 0.6;     // and thin the bottom
            previousNoise = lowPassed;
            double noise = band * StrictMath.exp(-t / 0.06);
            double body = SineTable.sinCycles(185 * t) * StrictMath.exp(-t / 0.045);
            out[k] = (float) (0.55 * noise + 0.45 * body);
        }
        return out;
    }

    private static float[] hat() {
        float[] out = new float[StereoBuffer.frames(0.07)];
        SplittableRandom random = new SplittableRandom(0x4a7);
        double previous = 0;
        double softened = 0;
        for (int k = 0; k < out.length; k++) {
            double t = (double) k / StereoBuffer.SAMPLE_RATE;
            double white = random.nextDouble() * 2 - 1;
            double highPassed = white - previous; // first difference: only the hiss is left
            previous = white;
            softened += 0.6 * (highPassed - softened); // and not all of it: a dull, dusty tick
            out[k] = (float) (0.22 * softened * StrictMath.exp(-t / 0.014));
        }
        return out;
    }
}
