package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.harmony.ChordSymbols;
import io.immersic.harmony.Key;
import org.junit.jupiter.api.Test;

class MusicControlsTest {

    @Test
    void parsesWhatUsersWrite() {
        MusicControls controls = MusicControls.parse("D minor", "Dm9 | G13, Cmaj9  A7b9", "A A' B A'");
        assertEquals(new Key(2, true), controls.key());
        assertEquals(ChordSymbols.parseProgression("Dm9 G13 Cmaj9 A7b9"), controls.progression());
        assertEquals("AABA", controls.form());
        assertEquals("key D minor, progression Dm9 G13 Cmaj9 A7b9, form AABA", controls.describe());
    }

    @Test
    void blankSettingsAreNotSet() {
        MusicControls controls = MusicControls.parse(" ", null, "");
        assertNull(controls.key());
        assertNull(controls.progression());
        assertEquals("AABA", controls.formOrDefault());
    }

    @Test
    void aBadSettingNamesItselfAndTheSyntax() {
        String chord = assertThrows(IllegalArgumentException.class,
                () -> MusicControls.parse(null, "Dm9 Xsus", null)).getMessage();
        assertTrue(chord.startsWith("progression: 'Xsus' is not a chord symbol"), chord);
        String key = assertThrows(IllegalArgumentException.class,
                () -> MusicControls.parse("Q dorian", null, null)).getMessage();
        assertTrue(key.startsWith("key: "), key);
        String form = assertThrows(IllegalArgumentException.class,
                () -> MusicControls.parse(null, null, "A+B")).getMessage();
        assertTrue(form.startsWith("form is 'A+B': '+' is not a section letter"), form);
    }

    @Test
    void aDashInTheFormIsRefusedNotDropped() {
        String form = assertThrows(IllegalArgumentException.class,
                () -> MusicControls.parse(null, null, "A-B")).getMessage();
        assertTrue(form.startsWith("form is 'A-B': '-' is not a section letter; write sections as letters"), form);
        assertTrue(form.contains("e.g. AABA or A A' B A'"), form);
        assertEquals("AABA", MusicControls.parse(null, null, "A A' B A'").form(), "spaces and primes still read");
    }

    @Test
    void aProgressionImpliesTheKeyThatHoldsMostOfItsTones() {
        // C major (and A minor, the same scale) holds every tone of Dm9, G13 and Cmaj9 and all of A7b9 but C# and
        // Bb; D minor also misses the B of G13 and Cmaj9. Cmaj9 is C major's tonic chord; A minor's (Am) is absent.
        assertEquals(new Key(0, false), MusicControls.keyOf(ChordSymbols.parseProgression("Dm9 G13 Cmaj9 A7b9")));
        // i–iv–v in A minor: A natural minor and C major hold the same tones; the minor start decides.
        assertEquals(new Key(9, true), MusicControls.keyOf(ChordSymbols.parseProgression("Am7 Dm7 Em7")));
    }
}
