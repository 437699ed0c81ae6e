package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeakLimiterTest {

    /** The streaming envelope computes, bit for bit, what the three whole-track passes it replaced did. */
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
                assertArrayEquals(wholeTrack(buffer, ceiling), PeakLimiter.envelope(buffer, ceiling),
                        frames + " frames, ceiling " + ceiling);
            }
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
        double[] held = PeakLimiter.lookAheadMinimum(needed, attack);
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
}
