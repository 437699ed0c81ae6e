package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChordQualityTest {

    @Test
    void templatesStartAtTheRootAndAscendWithinAnOctave() {
        for (ChordQuality quality : ChordQuality.values()) {
            int[] intervals = quality.intervals();
            assertEquals(0, intervals[0], quality.name());
            for (int i = 1; i < intervals.length; i++) {
                assertTrue(intervals[i] > intervals[i - 1] && intervals[i] < 12, quality.name());
            }
        }
    }

    @Test
    void guideTonesAreTemplateTonesStartingWithTheRoot() {
        for (ChordQuality quality : ChordQuality.values()) {
            int[] guide = quality.guideIntervals();
            assertEquals(0, guide[0], quality.name());
            for (int interval : guide) {
                assertTrue(quality.hasInterval(interval), quality.name() + " " + interval);
            }
            assertTrue(quality.hasInterval(quality.thirdInterval()), quality.name());
        }
    }

    @Test
    void tokenNamesAreUniqueAndTokenSafe() {
        Set<String> seen = new HashSet<>();
        for (ChordQuality quality : ChordQuality.values()) {
            assertTrue(quality.tokenName().matches("[A-Za-z0-9#]+"), quality.tokenName());
            assertTrue(seen.add(quality.tokenName()), quality.tokenName());
        }
    }

    @Test
    void templatesMatchTheirTextbookSpellings() {
        assertArrayEquals(new int[] {0, 2, 5, 7, 10}, ChordQuality.ELEVEN.intervals());
        assertArrayEquals(new int[] {0, 5, 10}, ChordQuality.ELEVEN.guideIntervals());
        assertArrayEquals(new int[] {0, 1, 3, 4, 8, 10}, ChordQuality.SEVEN_ALT.intervals());
        assertArrayEquals(new int[] {0, 3, 9}, ChordQuality.DIMINISHED_SEVEN.guideIntervals());
        assertArrayEquals(new int[] {0, 4, 9}, ChordQuality.SIX.guideIntervals());
        assertArrayEquals(new int[] {0, 3, 10}, ChordQuality.MINOR_NINE.guideIntervals());
        assertEquals("69", ChordQuality.SIX_NINE.tokenName());
        assertEquals("6/9", ChordQuality.SIX_NINE.suffix());
        assertEquals("", ChordQuality.MAJOR.suffix());
        assertEquals(4, ChordQuality.SEVEN_SHARP_NINE.thirdInterval());
        assertEquals(5, ChordQuality.SEVEN_SUS4.thirdInterval());
    }

    @Test
    void intervalsAreCopies() {
        ChordQuality.MAJOR.intervals()[1] = 3;
        assertArrayEquals(new int[] {0, 4, 7}, ChordQuality.MAJOR.intervals());
    }
}
