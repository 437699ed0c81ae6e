package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeakLimiterTest {

    /** The streaming limiter computes, bit for bit, what the three whole-track passes it replaced did. */
    @Test
    void streamingEnvelopeEqualsTheWholeTrackOne() {
        SplittableRandom random = new SplittableRandom(7);
        for (int frames : new int[] {0, 1, 5, 132, 133, 134, 1000, 44_100}) {
            StereoBuffer buffer = new StereoBuffer(frames);
            for (int i = 0; i < frames; i++) {
                double burst = random.nextDouble() < 0.01 ? 3 : 0.8;
                buffer.left[i] = (float) ((random.nextDouble() * 2 - 1) * burst);
                buffer.right[i] = (float) ((random.nextDouble() * 2 - 1) * burst);
            }
            for (double ceiling : new double[] {0.3, 0.84, 2}) {
                assertArrayEquals(wholeTrack(buffer, ceiling), envelope(buffer, ceiling),
                        frames + " frames, ceiling " + ceiling);
            }
        }
    }

    /** The limiter's gain for each frame of {@code buffer}, given as one block. */
    static float[] envelope(StereoBuffer buffer, double ceiling) {
        float[] gain = new float[buffer.frames()];
        new PeakLimiter(ceiling).gains(buffer, buffer.frames(), buffer.frames(), gain);
        return gain;
    }

    /** The same, given a few frames at a time, each with the look-ahead after it: the same gains. */
    @Test
    void blocksGiveTheSameGainsAsTheWholeTrack() {
        SplittableRandom random = new SplittableRandom(11);
        StereoBuffer buffer = new StereoBuffer(5_000);
        for (int i = 0; i < buffer.frames(); i++) {
            double burst = random.nextDouble() < 0.01 ? 3 : 0.8;
            buffer.left[i] = (float) ((random.nextDouble() * 2 - 1) * burst);
            buffer.right[i] = (float) ((random.nextDouble() * 2 - 1) * burst);
        }
        for (int blockFrames : new int[] {1, 7, 132, 133, 1000}) {
            PeakLimiter limiter = new PeakLimiter(0.84);
            float[] gains = new float[buffer.frames()];
            StereoBuffer block = new StereoBuffer(blockFrames + PeakLimiter.attack());
            float[] blockGains = new float[blockFrames];
            for (int from = 0; from < buffer.frames(); from += blockFrames) {
                int count = Math.min(blockFrames, buffer.frames() - from);
                int available = Math.min(buffer.frames() - from, count + PeakLimiter.attack());
                buffer.read(from, available, block);
                limiter.gains(block, count, available, blockGains);
                System.arraycopy(blockGains, 0, gains, from, count);
            }
            assertArrayEquals(envelope(buffer, 0.84), gains, blockFrames + " frames a block");
        }
    }

    /** The envelope as it was computed before, with three whole-track arrays of doubles and ints. */
    private static float[] wholeTrack(StereoBuffer buffer, double ceiling) {
        int n = buffer.frames();
        int attack = StereoBuffer.frames(PeakLimiter.ATTACK_SECONDS);
        double[] needed = new double[n];
        for (int i = 0; i < n; i++) {
            double peak = Math.max(Math.abs(buffer.left[i]), Math.abs(buffer.right[i]));
            needed[i] = peak > ceiling ? ceiling / peak : 1;
        }
        double[] held = lookAheadMinimum(needed, attack);
        double recovery = 1 - StrictMath.exp(-1.0 / (PeakLimiter.RELEASE_SECONDS * StereoBuffer.SAMPLE_RATE));
        double released = 1;
        for (int i = 0; i < n; i++) {
            released = Math.min(held[i], released + (1 - released) * recovery);
            held[i] = released;
        }
        float[] gain = new float[n];
        double deficit = 0;
        for (int i = 0; i < n; i++) {
            deficit += 1 - held[i];
            if (i > attack) {
                deficit -= 1 - held[i - attack - 1];
            }
            gain[i] = deficit <= 0 ? 1f : (float) Math.min(needed[i], 1 - deficit / (attack + 1));
        }
        return gain;
    }

    /** min(values[i .. i + window]) for each i, in one pass with a monotonic queue of indices. */
    private static double[] lookAheadMinimum(double[] values, int window) {
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
}
