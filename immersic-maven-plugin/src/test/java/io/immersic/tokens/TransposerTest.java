package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransposerTest {

    private static final List<String> C_CHORD = List.of("BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "VEL_4",
            "PITCH_64", "DUR_12", "END");

    @Test
    void shiftsOnlyPitches() {
        assertEquals(List.of("BAR", "POS_0", "VEL_4", "PITCH_62", "DUR_12", "VEL_4", "PITCH_66", "DUR_12", "END"),
                Transposer.transpose(C_CHORD, 2));
    }

    @Test
    void movesChordRootsWithThePitches() {
        assertEquals(List.of("BAR", "CHORD_1_m7", "CHORD_11_maj9"),
                Transposer.transpose(List.of("BAR", "CHORD_10_m7", "CHORD_8_maj9"), 3));
    }

    @Test
    void refusesToLeaveThePiano() {
        assertNull(Transposer.transpose(List.of("PITCH_107"), 2));
        assertNull(Transposer.transpose(List.of("PITCH_22"), -2));
    }

    @Test
    void reachesAllTwelveKeysMovingByAnOctaveAtTheEdges() {
        List<List<String>> keys = Transposer.allKeys(List.of("BAR", "PITCH_106", "DUR_3"));
        assertEquals(12, keys.size());
        assertEquals(List.of("BAR", "PITCH_106", "DUR_3"), keys.get(5));      // index 5 is the original
        assertEquals(List.of("BAR", "PITCH_101", "DUR_3"), keys.get(0));      // −5
        assertEquals(List.of("BAR", "PITCH_100", "DUR_3"), keys.get(11));     // +6 would be 112: −6 instead
        assertTrue(keys.stream().allMatch(k -> k != null));
        assertEquals(12, keys.stream().map(k -> Integer.parseInt(k.get(1).substring(6)) % 12).distinct().count());
    }

    @Test
    void theVocabularyOfAllKeysHasEveryShiftedPitch() {
        Vocabulary vocabulary = Transposer.vocabularyOfAllKeys(List.of(C_CHORD));
        for (int pitch = 55; pitch <= 70; pitch++) {
            assertTrue(vocabulary.contains("PITCH_" + pitch), "PITCH_" + pitch);
        }
    }
}
