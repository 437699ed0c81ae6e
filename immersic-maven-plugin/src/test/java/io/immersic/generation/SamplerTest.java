package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final float[] PROBABILITIES = {0.05f, 0.5f, 0.3f, 0.15f};
    private static final boolean[] ALL = {true, true, true, true};

    @Test
    void temperatureZeroIsArgmax() {
        assertEquals(1, new Sampler(0, 0, 1).sample(PROBABILITIES, ALL, new SplittableRandom(1)));
    }

    @Test
    void topKOfOneIsArgmaxWhateverTheSeed() {
        Sampler sampler = new Sampler(1.5, 1, 1);
        for (int seed = 0; seed < 50; seed++) {
            assertEquals(1, sampler.sample(PROBABILITIES, ALL, new SplittableRandom(seed)));
        }
    }

    @Test
    void topPKeepsTheSmallestSetReachingP() {
        // 0.5 + 0.3 = 0.8 ≥ 0.75: only tokens 1 and 2 can come out.
        Sampler sampler = new Sampler(1, 0, 0.75);
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[4];
        for (int i = 0; i < 2000; i++) {
            counts[sampler.sample(PROBABILITIES, ALL, random)]++;
        }
        assertEquals(0, counts[0] + counts[3]);
        // Renormalized 0.5/0.8 = 62.5 % for token 1.
        assertEquals(0.625, counts[1] / 2000.0, 0.04);
    }

    @Test
    void samplesFollowTheDistributionAtTemperatureOne() {
        Sampler sampler = new Sampler(1, 0, 1);
        SplittableRandom random = new SplittableRandom(11);
        int[] counts = new int[4];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            counts[sampler.sample(PROBABILITIES, ALL, random)]++;
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(PROBABILITIES[i], counts[i] / (double) n, 0.015, "token " + i);
        }
    }

    @Test
    void theTouchIsSampledNoHotterThanTheModel() {
        // At temperature 4 the four tokens (0.05, 0.5, 0.3, 0.15) come out nearly evenly; sampled for how a note is
        // played, they come out as the model gives them. A cooler sampler stays as it is.
        Sampler hot = new Sampler(4, 0, 1);
        SplittableRandom random = new SplittableRandom(3);
        int[] hotCounts = new int[4];
        int[] touchCounts = new int[4];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            hotCounts[hot.sample(PROBABILITIES, ALL, random)]++;
            touchCounts[hot.notHotterThanTheModel().sample(PROBABILITIES, ALL, random)]++;
        }
        assertTrue(hotCounts[1] < 0.4 * n, "flattened: " + hotCounts[1]);
        for (int i = 0; i < 4; i++) {
            assertEquals(PROBABILITIES[i], touchCounts[i] / (double) n, 0.015, "token " + i);
        }
        Sampler cool = new Sampler(0.8, 2, 0.9);
        assertSame(cool, cool.notHotterThanTheModel());
    }

    @Test
    void neverPicksADisallowedToken() {
        boolean[] allowed = {true, false, true, false};
        Sampler sampler = new Sampler(1, 0, 1);
        SplittableRandom random = new SplittableRandom(5);
        assertTrue(IntStream.range(0, 500).map(i -> sampler.sample(PROBABILITIES, allowed, random))
                .allMatch(t -> t == 0 || t == 2));
        assertEquals(-1, sampler.sample(PROBABILITIES, new boolean[4], random));
    }

    @Test
    void theSameSeedGivesTheSameChoices() {
        Sampler sampler = new Sampler(0.9, 3, 0.95);
        SplittableRandom a = new SplittableRandom(42);
        SplittableRandom b = new SplittableRandom(42);
        for (int i = 0; i < 200; i++) {
            assertEquals(sampler.sample(PROBABILITIES, ALL, a), sampler.sample(PROBABILITIES, ALL, b));
        }
    }
}
