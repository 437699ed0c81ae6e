package io.immersic.audio;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The lo-fi noise floor, the texture stem: low-passed hiss and the crackle of dust, one seeded stream over the whole
 * track, made a block at a time. A crackle's pop lasts a few frames past the frame it starts on, so the pops that
 * reach past a block are carried into the next one.
 */
final class VinylNoise implements PartSource {

    /** Longer than any pop (at most 14 frames). */
    private static final int CARRY = 16;

    private final LofiPreset preset;
    private final int frames;
    private final SplittableRandom random;
    private final double crackleChance;
    private double hissLowPassed;
    /** The block being made and, past its end, the pops that ring into the next block. */
    private float[] left = new float[CARRY];
    private float[] right = new float[CARRY];

    /** The noise of a track {@code frames} long. */
    VinylNoise(LofiPreset preset, int frames, long seed) {
        this.preset = preset;
        this.frames = frames;
        this.random = new SplittableRandom(seed ^ 0x9e3779b97f4a7c15L);
        this.crackleChance = preset.cracklesPerSecond / StereoBuffer.SAMPLE_RATE;
    }

    @Override
    public void render(StereoBuffer block, int from, int count) {
        if (left.length < count + CARRY) {
            left = Arrays.copyOf(left, count + CARRY);
            right = Arrays.copyOf(right, count + CARRY);
        }
        for (int i = from; i < from + count; i++) {
            hissLowPassed += 0.3 * ((random.nextDouble() * 2 - 1) - hissLowPassed);
            double noise = preset.hiss * hissLowPassed;
            if (random.nextDouble() < crackleChance) {
                double pop = (random.nextDouble() * 2 - 1) * 0.05;
                int length = 3 + random.nextInt(12);
                // A pop cut off by the end would be a step at a loop's seam: it is dropped instead.
                for (int k = 0; k < length && i + length < frames; k++) {
                    double decay = 1 - (double) k / length;
                    left[i - from + k] += (float) (pop * decay);
                    right[i - from + k] += (float) (pop * decay * 0.8);
                }
            }
            left[i - from] += (float) noise;
            right[i - from] += (float) noise;
        }
        System.arraycopy(left, 0, block.left, 0, count);
        System.arraycopy(right, 0, block.right, 0, count);
        System.arraycopy(left, count, left, 0, CARRY);
        System.arraycopy(right, count, right, 0, CARRY);
        Arrays.fill(left, CARRY, count + CARRY, 0f);
        Arrays.fill(right, CARRY, count + CARRY, 0f);
    }
}
