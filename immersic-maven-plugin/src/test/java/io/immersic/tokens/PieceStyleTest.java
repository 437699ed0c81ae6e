package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PieceStyleTest {

    /** Two bars, each {@code strikes} strikes of {@code notes} notes, {@code steps} long, at the bins given in turn. */
    private static List<String> piece(int strikes, int notes, int steps, int... bins) {
        List<String> tokens = new ArrayList<>();
        int note = 0;
        for (int bar = 0; bar < 2; bar++) {
            tokens.add("BAR");
            tokens.add("CHORD_0_maj");
            for (int strike = 0; strike < strikes; strike++) {
                for (int n = 0; n < notes; n++) {
                    tokens.addAll(List.of("POS_" + strike * 12, "VEL_" + bins[note++ % bins.length],
                            "PITCH_" + (60 + 4 * n), "DUR_" + steps));
                }
            }
        }
        tokens.add("END");
        return tokens;
    }

    @Test
    void aPiecesFiguresAreCountedAsAMusicianCountsThem() {
        // Two bars of four quarter-note strikes of three notes, velocity bins 3 and 5 in turn: 12 notes and 4 onsets
        // a bar, notes a beat long (log2 1 = 0), 3 notes an onset, bins 3 and 5 (SD 1).
        assertArrayEquals(new double[] {12, 4, 0, 3, 1}, PieceStyle.figures(piece(4, 3, 12, 3, 5)), 1e-9);
        // One whole-bar note a bar at one velocity: 1 note, 1 onset, log2 4 = 2, 1 note an onset, SD 0.
        assertArrayEquals(new double[] {1, 1, 2, 1, 0}, PieceStyle.figures(piece(1, 1, 48, 4)), 1e-9);
    }

    @Test
    void eachWordPlacesThePieceInTheCorpussThirds() {
        // Notes per bar 2, 6 and 12; at one velocity, a little shaped, much shaped.
        List<String> sparse = piece(2, 1, 24, 4);
        List<String> middle = piece(2, 3, 12, 4, 5);
        List<String> dense = piece(4, 3, 6, 2, 6);
        PieceStyle style = PieceStyle.of(List.of(sparse, middle, dense));

        assertEquals(List.of("STYLE_D0", "STYLE_O1", "STYLE_L2", "STYLE_P0", "STYLE_V0"), style.wordsOf(sparse));
        assertEquals(List.of("STYLE_D1", "STYLE_O1", "STYLE_L1", "STYLE_P2", "STYLE_V1"), style.wordsOf(middle));
        assertEquals(List.of("STYLE_D2", "STYLE_O2", "STYLE_L0", "STYLE_P2", "STYLE_V2"), style.wordsOf(dense));
    }

    @Test
    void theModelReadsTheWordsAfterEveryBarLine() {
        List<String> file = List.of("BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_48", "BAR", "END");
        PieceStyle style = PieceStyle.of(List.of(file));
        List<String> words = style.wordsOf(file);
        List<String> expected = new ArrayList<>(List.of("BAR"));
        expected.addAll(words);
        expected.addAll(List.of("POS_0", "VEL_4", "PITCH_60", "DUR_48", "BAR"));
        expected.addAll(words);
        expected.add("END");
        assertEquals(expected, style.conditioned(file));
        assertTrue(words.stream().allMatch(PieceStyle::isWord));
        assertEquals(15, PieceStyle.allWords().size(), "five words at three levels");
        assertTrue(PieceStyle.allWords().containsAll(words));
    }

    @Test
    void aStyleHasCutsForEachOfItsFiveWords() {
        assertThrows(IllegalArgumentException.class, () -> new PieceStyle(new double[4], new double[5]));
    }
}
