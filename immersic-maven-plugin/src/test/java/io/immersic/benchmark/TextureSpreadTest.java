package io.immersic.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextureSpreadTest {

    /** Four bars: bar 1 a C major triad struck twice (6 notes, 2 onsets, 3 pitch classes), bars 2-4 one C each. */
    private static List<Note> triadThenSingleNotes() {
        List<Note> notes = new ArrayList<>();
        for (double beat : new double[] {0, 2}) {
            for (int pitch : new int[] {60, 64, 67}) {
                notes.add(new Note(pitch, 80, beat, 1, 0));
            }
        }
        for (int bar = 1; bar < 4; bar++) {
            notes.add(new Note(72, 80, 4 * bar, 4, 0));
        }
        return notes;
    }

    @Test
    void aPiecesTextureIsItsWindowsMeanNotesOnsetsAndPitchClassesPerBar() {
        // 9 notes and 5 onsets over 4 bars; pitch classes per sounding bar (3 + 1 + 1 + 1) / 4.
        assertArrayEquals(new double[] {2.25, 1.25, 1.5}, TextureSpread.texture(triadThenSingleNotes()), 1e-9);
        assertNull(TextureSpread.texture(List.of()));
    }

    @Test
    void theSpreadIsTheStandardDeviationOfThePiecesMeans() {
        // Notes per bar 2.25 and 1 (a whole note a bar): mean 1.625, population SD 0.625.
        List<Note> wholeNotes = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            wholeNotes.add(new Note(60, 80, 4 * bar, 4, 0));
        }
        Map<String, double[]> spread = TextureSpread.of(List.of(triadThenSingleNotes(), wholeNotes));
        assertEquals(1.625, spread.get("notesPerBar")[0], 1e-9);
        assertEquals(0.625, spread.get("notesPerBar")[1], 1e-9);
        assertEquals(0.125, spread.get("onsetsPerBar")[1], 1e-9);
    }
}
