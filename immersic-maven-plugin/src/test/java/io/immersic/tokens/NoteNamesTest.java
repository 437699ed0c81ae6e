package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordQuality;
import org.junit.jupiter.api.Test;

class NoteNamesTest {

    @Test
    void music21NamesAreSpelledForDisplayAsChordSymbolsSpellRoots() {
        for (int pitchClass = 0; pitchClass < 12; pitchClass++) {
            String root = new Chord(pitchClass, ChordQuality.MAJOR).symbol();
            assertEquals(root, NoteNames.spelled(NoteNames.pitchClassName(pitchClass)));
            assertEquals(root + "3", NoteNames.spelled(NoteNames.name(48 + pitchClass)));
        }
        assertEquals("Eb", NoteNames.spelled("E-"));
        assertEquals("Bb3", NoteNames.spelled("B-3"));
        assertEquals("Eb major", NoteNames.spelled("E- major"));
        assertEquals("Bb", NoteNames.spelled("A#"));
        assertEquals("C#4", NoteNames.spelled("D-4"));
        assertEquals("B3", NoteNames.spelled("C-4"), "the octave follows the pitch");
        assertEquals("Dorian", NoteNames.spelled("Dorian"));
        assertEquals("Bb3", NoteNames.spelled("Bb3"), "already spelled");
        assertEquals("", NoteNames.spelled(""));
        assertEquals(null, NoteNames.spelled(null));
        assertEquals("B-3", NoteNames.name(58), "the files keep music21's names");
    }
}
