package io.immersic.audio;

import java.util.SplittableRandom;

/**
 * The lo-fi chain, in the order a cassette-and-vinyl signal path would colour it: tape wow (a slowly swinging delay),
 * tape saturation (tanh, level-matched), a low-pass (two one-pole stages), then vinyl crackle and hiss on top. All
 * randomness is seeded.
 */
final class LofiColour {

    private LofiColour() {}

    static void apply(StereoBuffer buffer, LofiPreset preset, long seed) {
        if (preset == LofiPreset.OFF) {
            return;
        }
        wow(buffer, preset.wowMillis);
        saturate(buffer, preset.drive);
        lowPass(buffer.left, preset.lowPassHz);
        lowPass(buffer.right, preset.lowPassHz);
        crackleAndHiss(buffer, preset, seed);
    }

    private static void wow(StereoBuffer buffer, double depthMillis) {
        float[] left = buffer.left.clone();
        float[] right = buffer.right.clone();
        double depth = depthMillis / 1000 * StereoBuffer.SAMPLE_RATE;
        double slowStep = 0.55 / StereoBuffer.SAMPLE_RATE;
        double fastStep = 1.7 / StereoBuffer.SAMPLE_RATE;
        double slow = 0;
        double fast = 0;
        for (int i = 0; i < buffer.frames(); i++) {
            // Two slow, unrelated rates, as a worn capstan wobbles.
            double delay = depth * (1 + 0.7 * SineTable.sinWrapped(slow) + 0.3 * SineTable.sinWrapped(fast)) / 2;
            slow += slowStep;
            slow -= (int) slow;
            fast += fastStep;
            fast -= (int) fast;
            double position = i - delay;
            if (position < 0) {
                buffer.left[i] = 0;
                buffer.right[i] = 0;
                continue;
            }
            int k = (int) position;
            double fraction = position - k;
            int next = Math.min(buffer.frames() - 1, k + 1);
            buffer.left[i] = (float) (left[k] + (left[next] - left[k]) * fraction);
            buffer.right[i] = (float) (right[k] + (right[next] - right[k]) * fraction);
        }
    }

    /** Tape-like soft clipping, scaled so that full scale stays full scale. */
    private static void saturate(StereoBuffer buffer, double drive) {
        double makeUp = 1 / softClip(drive);
        for (int i = 0; i < buffer.frames(); i++) {
            buffer.left[i] = (float) (softClip(buffer.left[i] * drive) * makeUp);
            buffer.right[i] = (float) (softClip(buffer.right[i] * drive) * makeUp);
        }
    }

    /** A Padé approximation of tanh (exact slope at 0, flat from ±3): smooth, and plain arithmetic. */
    static double softClip(double x) {
        if (x >= 3) {
            return 1;
        }
        if (x <= -3) {
            return -1;
        }
        double x2 = x * x;
        return x * (27 + x2) / (27 + 9 * x2);
    }

    private static void lowPass(float[] channel, double cutoffHz) {
        double a = 1 - StrictMath.exp(-2 * StrictMath.PI * cutoffHz / StereoBuffer.SAMPLE_RATE);
        double stage1 = 0;
        double stage2 = 0;
        for (int i = 0; i < channel.length; i++) {
            stage1 += a * (channel[i] - stage1);
            stage2 += a * (stage1 - stage2);
            channel[i] = (float) stage2;
        }
    }

    private static void crackleAndHiss(StereoBuffer buffer, LofiPreset preset, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x9e3779b97f4a7c15L);
        double crackleChance = preset.cracklesPerSecond / StereoBuffer.SAMPLE_RATE;
        double hissLowPassed = 0;
        for (int i = 0; i < buffer.frames(); i++) {
            hissLowPassed += 0.3 * ((random.nextDouble() * 2 - 1) - hissLowPassed);
            double noise = preset.hiss * hissLowPassed;
            if (random.nextDouble() < crackleChance) {
                double pop = (random.nextDouble() * 2 - 1) * 0.05;
                int length = 3 + random.nextInt(12);
                for (int k = 0; k < length && i + k < buffer.frames(); k++) {
                    double decay = 1 - (double) k / length;
                    buffer.left[i + k] += (float) (pop * decay);
                    buffer.right[i + k] += (float) (pop * decay * 0.8);
                }
            }
            buffer.left[i] += (float) noise;
            buffer.right[i] += (float) noise;
        }
    }
}
