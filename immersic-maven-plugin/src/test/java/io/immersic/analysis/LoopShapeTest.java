package io.immersic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopShapeTest {

    /** A bar: its chord token, then one note per pitch at position {@code position}. */
    private static List<String> bar(String chord, int position, int velocity, int... pitches) {
        List<String> tokens = new ArrayList<>(List.of("BAR", chord));
        for (int pitch : pitches) {
            tokens.addAll(List.of("POS_" + position, "VEL_" + velocity, "PITCH_" + pitch, "DUR_12"));
        }
        return tokens;
    }

    private static List<String> piece(List<List<String>> bars) {
        List<String> tokens = new ArrayList<>();
        bars.forEach(tokens::addAll);
        tokens.add("END");
        return tokens;
    }

    @Test
    void aTwoChordVampReplayedNoteForNoteIsATwoBarLoopPlayedTwice() {
        List<String> dm = bar("CHORD_2_m7", 0, 4, 50, 53, 57, 60);
        List<String> g = bar("CHORD_7_7", 0, 4, 55, 59, 62, 65);
        LoopShape shape = LoopShape.of(piece(List.of(dm, g, dm, g)));
        assertEquals(new LoopShape("ABAB", "ABAB"), shape);
        assertEquals(List.of(0, 1, 0, 1), List.of(shape.barSourceOf(0), shape.barSourceOf(1), shape.barSourceOf(2),
                shape.barSourceOf(3)));
    }

    @Test
    void aBarOnAnEarlierChordPlayedAnotherWayIsANewBarOnThatChord() {
        // Bar 3 plays Dm7 again, its notes an eighth later; bar 4 is C. Velocities and durations do not tell bars
        // apart: bar 2 replays bar 1's strikes louder and is still the same bar.
        List<String> dm = bar("CHORD_2_m7", 0, 4, 50, 53, 57, 60);
        List<String> dmLouder = bar("CHORD_2_m7", 0, 6, 50, 53, 57, 60);
        List<String> dmLater = bar("CHORD_2_m7", 6, 4, 50, 53, 57, 60);
        List<String> c = bar("CHORD_0_maj7", 0, 4, 48, 52, 55, 59);
        LoopShape shape = LoopShape.of(piece(List.of(dm, dmLouder, dmLater, c, dm)));
        assertEquals(new LoopShape("AAAB", "AABC"), shape, "only the first four bars count");
        assertEquals(0, shape.chordSourceOf(2), "bar 3 plays bar 1's chord");
        assertEquals(2, shape.barSourceOf(2), "but is a bar of its own");
        assertEquals(3, shape.chordSourceOf(3));
    }

    @Test
    void aPieceOfFewerThanFourBarsIsAShorterLoopPlayedOverAndOver() {
        List<String> dm = bar("CHORD_2_m7", 0, 4, 50, 53, 57, 60);
        List<String> g = bar("CHORD_7_7", 0, 4, 55, 59, 62, 65);
        List<String> c = bar("CHORD_0_maj7", 0, 4, 48, 52, 55, 59);
        assertEquals(new LoopShape("ABAB", "ABAB"), LoopShape.of(piece(List.of(dm, g))), "a 2-bar loop");
        assertEquals(new LoopShape("ABCA", "ABCA"), LoopShape.of(piece(List.of(dm, g, c))), "a 3-bar loop comes round");
        assertEquals(new LoopShape("AAAA", "AAAA"), LoopShape.of(piece(List.of(dm))), "a 1-bar loop");
        assertNull(LoopShape.of(List.of("END")), "no bar, no shape");
    }

    @Test
    void aShapeIsLetteredInOrderAndReplaysChordsWithTheirBars() {
        assertThrows(IllegalArgumentException.class, () -> new LoopShape("ABA", "ABA"), "four bars");
        assertThrows(IllegalArgumentException.class, () -> new LoopShape("BACD", "BACD"), "starts at A");
        assertThrows(IllegalArgumentException.class, () -> new LoopShape("ACBD", "ACBD"), "C before B");
        assertThrows(IllegalArgumentException.class, () -> new LoopShape("ABCD", "ABAD"),
                "bar 3 replays bar 1 but has another chord");
    }
}
