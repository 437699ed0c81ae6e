package io.immersic.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextureSpreadTest {

    /** Bar 1: a C major triad struck twice (6 notes, 2 onsets, 3 pitch classes); bar 2: one C (1, 1, 1). */
    private static final List<String> TWO_BARS = List.of("BAR", "CHORD_0_maj",
            "POS_0", "VEL_4", "PITCH_60", "DUR_12", "POS_0", "VEL_4", "PITCH_64", "DUR_12",
            "POS_0", "VEL_4", "PITCH_67", "DUR_12", "POS_24", "VEL_4", "PITCH_60", "DUR_12",
            "POS_24", "VEL_4", "PITCH_64", "DUR_12", "POS_24", "VEL_4", "PITCH_67", "DUR_12",
            "BAR", "POS_0", "VEL_4", "PITCH_72", "DUR_48");

    @Test
    void aPiecesTextureIsItsMeanNotesOnsetsAndPitchClassesPerBar() {
        assertArrayEquals(new double[] {3.5, 1.5, 2.0}, TextureSpread.texture(TWO_BARS), 1e-9);
        assertNull(TextureSpread.texture(List.of("POS_0", "VEL_4", "PITCH_60", "DUR_12")));
    }

    @Test
    void theSpreadIsTheStandardDeviationOfThePiecesMeans() {
        // Notes per bar 3.5 and 1.0 (one bar, one note): mean 2.25, population SD 1.25.
        Map<String, double[]> spread = TextureSpread.of(List.of(TWO_BARS,
                List.of("BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_48")));
        assertEquals(2.25, spread.get("notesPerBar")[0], 1e-9);
        assertEquals(1.25, spread.get("notesPerBar")[1], 1e-9);
        assertEquals(0.25, spread.get("onsetsPerBar")[1], 1e-9);
    }
}
