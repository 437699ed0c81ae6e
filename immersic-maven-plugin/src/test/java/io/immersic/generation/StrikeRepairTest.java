package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.immersic.harmony.ChordSymbols;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrikeRepairTest {

    /** A bar with one strike at position 0 of the given pitches, then a single note at position 24. */
    private static List<String> bar(int... pitches) {
        List<String> tokens = new ArrayList<>(List.of("BAR", "CHORD_0_maj"));
        for (int pitch : pitches) {
            tokens.addAll(List.of("POS_0", "VEL_4", "PITCH_" + pitch, "DUR_24"));
        }
        tokens.addAll(List.of("POS_24", "VEL_4", "PITCH_72", "DUR_12"));
        return tokens;
    }

    @Test
    void aChordAndAnIntervalAreLeftAlone() {
        List<String> chord = bar(48, 52, 55, 59); // Cmaj7
        assertSame(chord, StrikeRepair.repair(chord, ChordSymbols.parse("Cmaj7")));
        List<String> interval = bar(48, 50);
        assertSame(interval, StrikeRepair.repair(interval, ChordSymbols.parse("C")));
    }

    @Test
    void aFragmentLosesItsNonChordTones() {
        // C-D-E over C: root-9-3 is no chord; D is not a tone of C major, so C-E is left.
        assertEquals(bar(48, 52), StrikeRepair.repair(bar(48, 50, 52), ChordSymbols.parse("C")));
    }

    @Test
    void aFragmentOfChordTonesLosesItsTopNote() {
        // C-D-E over Cadd9: every note is a chord tone, still no chord without the fifth; the top (E) goes.
        assertEquals(bar(48, 50), StrikeRepair.repair(bar(48, 50, 52), ChordSymbols.parse("Cadd9")));
    }

    @Test
    void aFragmentDropsAColourBeforeAGuideTone() {
        // C-D-E over Cmaj9: every note is a chord tone, still root-9-3; E is the third, D only the ninth, so D goes
        // though E is on top.
        assertEquals(bar(48, 52), StrikeRepair.repair(bar(48, 50, 52), ChordSymbols.parse("Cmaj9")));
    }
}
