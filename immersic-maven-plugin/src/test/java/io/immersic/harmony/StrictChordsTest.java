package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictChordsTest {

    private static final int C = 0;
    private static final int DB = 1;
    private static final int D = 2;
    private static final int EB = 3;
    private static final int E = 4;
    private static final int F = 5;
    private static final int GB = 6;
    private static final int G = 7;
    private static final int AB = 8;
    private static final int A = 9;
    private static final int BB = 10;
    private static final int B = 11;

    private static boolean[] set(int... pitchClasses) {
        boolean[] members = new boolean[12];
        for (int pc : pitchClasses) {
            members[pc] = true;
        }
        return members;
    }

    private static boolean conventional(int... pitchClasses) {
        return StrictChords.conventional(set(pitchClasses));
    }

    private static String reading(int... pitchClasses) {
        Chord chord = StrictChords.reading(set(pitchClasses));
        return chord == null ? null : chord.symbol();
    }

    @Test
    void triadsSusChordsAndFullVoicingsAreChords() {
        assertEquals("C", reading(C, E, G));
        assertEquals("Csus2", reading(C, D, G));      // before Gsus4, which has the same tones
        assertTrue(conventional(C, F, G));              // Csus4 (or Fsus2)
        assertEquals("Cadd9", reading(C, D, E, G));
        assertEquals("Cmaj9", reading(C, E, G, B, D));
        assertEquals("Bm7b5", reading(B, D, F, A));     // seventh chords are tried before Dm6, the same tones
        assertTrue(conventional(C, EB, GB, A));         // Cdim7
    }

    @Test
    void shellAndRootlessVoicingsAreChords() {
        assertEquals("C7", reading(C, E, BB));          // shell: root, 3, b7
        assertEquals("Em7", reading(E, G, B, D));       // also rootless Cmaj9 and G6
        assertTrue(conventional(C, E, F, G));           // rootless Dm11: b7, 9, b3, 11
        assertTrue(conventional(E, BB, D));             // rootless C9: 3, b7, 9
        assertTrue(conventional(E, BB, A));             // rootless C13: 3, b7, 13
        assertTrue(conventional(C, E, BB, DB));         // C7b9
        assertTrue(conventional(C, EB, A));             // dim7 with three of its four tones (or Cm6 without fifth)
        assertTrue(conventional(C, F, BB, D, G));       // C11 without third: b7, 11, 9 (also Bb6/9)
        assertTrue(conventional(F, C, E));              // rootless Dm9: b3, b7, 9
    }

    @Test
    void incompleteOrForeignSetsAreNot() {
        assertFalse(conventional(C, D, E));             // root-9-3: add9 needs its fifth
        assertFalse(conventional(C, DB, D));            // a cluster
        assertFalse(conventional(C, DB, D, EB));
        assertFalse(conventional(C, E, AB, B));         // augmented major seventh: not in the vocabulary
        assertFalse(conventional(C, DB, G, AB));        // a rootless Bbm13 on paper, two semitone clashes in the hand
        assertFalse(conventional(A, BB, C));            // close A-Bb-C: every chord holding it lacks a required tone
        assertFalse(conventional(C, E, G, DB, GB));     // b9 and #11 over a fifth: no template
    }

    @Test
    void fewerThanThreePitchClassesAreNotJudged() {
        assertThrows(IllegalArgumentException.class, () -> StrictChords.conventional(set(C, E)));
        assertThrows(IllegalArgumentException.class, () -> StrictChords.conventional(new boolean[11]));
    }

    @Test
    void theVocabularyIsTheListedQualities() {
        Set<ChordQuality> left = EnumSet.complementOf(EnumSet.copyOf(StrictChords.REQUIRED.keySet()));
        assertEquals(EnumSet.of(ChordQuality.SEVEN_ALT, ChordQuality.MAJOR_SEVEN_SHARP_ELEVEN), left);
    }
}
