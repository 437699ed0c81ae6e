package io.immersic.audio;

import java.util.SplittableRandom;

/**
 * The lo-fi chain, in the order a cassette-and-vinyl signal path would colour it: tape wow (a slowly swinging delay),
 * tape saturation (tanh, level-matched) and a low-pass (two one-pole stages) over each part, and the vinyl crackle and
 * hiss as a texture of their own. The wow's delay depends only on the frame, so parts coloured apart stay aligned;
 * all randomness is seeded.
 */
final class LofiColour {

    private LofiColour() {}

    /** Wow, saturation and a low-pass at {@code lowPassHz} (a part's own cutoff, at most the preset's). */
    static void colour(StereoBuffer buffer, LofiPreset preset, double lowPassHz) {
        if (preset == LofiPreset.OFF) {
            return;
        }
        wow(buffer, preset.wowMillis);
        saturateAndLowPass(buffer, preset.drive, lowPassHz);
    }

    /** The noise floor: hiss and crackle alone, {@code frames} long; null when the preset has none. */
    static StereoBuffer texture(int frames, LofiPreset preset, long seed) {
        if (preset == LofiPreset.OFF) {
            return null;
        }
        StereoBuffer out = new StereoBuffer(frames);
        crackleAndHiss(out, preset, seed);
        return out;
    }

    /** The wow's delay curve is exact every this many frames and interpolated between: it moves at under 2 Hz. */
    private static final int WOW_STEP = 64;

    /** Reads each frame from a slowly swinging moment in the past; backwards, in place, as it only reads earlier. */
    private static void wow(StereoBuffer buffer, double depthMillis) {
        float[] left = buffer.left;
        float[] right = buffer.right;
        double depth = depthMillis / 1000 * StereoBuffer.SAMPLE_RATE;
        int n = buffer.frames();
        for (int blockStart = (n - 1) / WOW_STEP * WOW_STEP; blockStart >= 0; blockStart -= WOW_STEP) {
            double from = wowDelay(blockStart, depth);
            double slope = (wowDelay(blockStart + WOW_STEP, depth) - from) / WOW_STEP;
            for (int i = Math.min(n - 1, blockStart + WOW_STEP - 1); i >= blockStart; i--) {
                double position = i - (from + slope * (i - blockStart));
                if (position < 0) {
                    left[i] = 0;
                    right[i] = 0;
                    continue;
                }
                int k = (int) position;
                double fraction = position - k;
                int next = Math.min(i, k + 1);
                left[i] = (float) (left[k] + (left[next] - left[k]) * fraction);
                right[i] = (float) (right[k] + (right[next] - right[k]) * fraction);
            }
        }
    }

    /** Two slow, unrelated rates, as a worn capstan wobbles; a function of the frame alone, so stems stay aligned. */
    private static double wowDelay(int frame, double depth) {
        double slow = frame * (0.55 / StereoBuffer.SAMPLE_RATE);
        double fast = frame * (1.7 / StereoBuffer.SAMPLE_RATE);
        return depth * (1 + 0.7 * SineTable.sinCycles(slow) + 0.3 * SineTable.sinCycles(fast)) / 2;
    }

    /**
     * Tape-like soft clipping, scaled so that full scale stays full scale, then the low-pass (two one-pole stages).
     * One loop over both channels: the filters' recurrences are serial, and two independent ones run side by side.
     */
    private static void saturateAndLowPass(StereoBuffer buffer, double drive, double cutoffHz) {
        double makeUp = 1 / softClip(drive);
        double a = 1 - StrictMath.exp(-2 * StrictMath.PI * cutoffHz / StereoBuffer.SAMPLE_RATE);
        double left1 = 0;
        double left2 = 0;
        double right1 = 0;
        double right2 = 0;
        float[] left = buffer.left;
        float[] right = buffer.right;
        for (int i = 0; i < left.length; i++) {
            left1 += a * (softClip(left[i] * drive) * makeUp - left1);
            right1 += a * (softClip(right[i] * drive) * makeUp - right1);
            left2 += a * (left1 - left2);
            right2 += a * (right1 - right2);
            left[i] = (float) left2;
            right[i] = (float) right2;
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
                // A pop cut off by the end would be a step at a loop's seam: it is dropped instead.
                for (int k = 0; k < length && i + length < buffer.frames(); k++) {
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
