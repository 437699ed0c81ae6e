package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.analysis.KeyEstimator;
import io.immersic.tokens.NoteNames;
import org.junit.jupiter.api.Test;

class KeyTest {

    private static final Key D_MINOR = new Key(2, true);

    @Test
    void parsesTheCommonSpellings() {
        for (String text : new String[] {"D minor", "D min", "Dm", "d", "D MINOR", "d Minor", " Dmin "}) {
            assertEquals(D_MINOR, Key.parse(text), text);
        }
        assertEquals(new Key(2, false), Key.parse("D major"));
        assertEquals(new Key(2, false), Key.parse("D"));
        assertEquals(new Key(2, false), Key.parse("d Major"));
        assertEquals(new Key(6, false), Key.parse("F# major"));
        assertEquals(new Key(10, true), Key.parse("Bb minor"));
        assertEquals(new Key(3, false), Key.parse("Eb"));
        assertEquals(new Key(10, false), Key.parse("B- major"));
    }

    @Test
    void badKeysExplainTheSyntax() {
        String badTonic = assertThrows(IllegalArgumentException.class, () -> Key.parse("H minor")).getMessage();
        assertTrue(badTonic.startsWith("'H minor' is not a key") && badTonic.contains("\"F# major\""), badTonic);
        String badMode = assertThrows(IllegalArgumentException.class, () -> Key.parse("D dorian")).getMessage();
        assertTrue(badMode.contains("'dorian' is not a mode"), badMode);
        assertThrows(IllegalArgumentException.class, () -> Key.parse(""));
    }

    @Test
    void namesUseLeadSheetSpelling() {
        assertEquals("D minor", D_MINOR.name());
        assertEquals("Bb major", Key.parse("B- major").name());
        assertEquals("F# minor", Key.parse("f#").name());
    }

    @Test
    void majorAndRelativeMinorShareTheirScale() {
        boolean[] white = new boolean[12];
        for (int pc : new int[] {0, 2, 4, 5, 7, 9, 11}) {
            white[pc] = true;
        }
        assertArrayEquals(white, Key.parse("C major").scale());
        assertArrayEquals(white, Key.parse("A minor").scale());
        assertTrue(Key.parse("C").contains(11));
        assertFalse(Key.parse("C").contains(10));
        assertTrue(Key.parse("C").contains(-1)); // B, taken mod 12
    }

    @Test
    void fitsAllowsOneColourToneButNotAChromaticRoot() {
        Key cMajor = Key.parse("C major");
        assertTrue(cMajor.fits(ChordSymbols.parse("G7")));
        assertTrue(cMajor.fits(ChordSymbols.parse("Dm9")));
        assertTrue(cMajor.fits(ChordSymbols.parse("G7b9"))); // Ab is the one outside tone
        assertFalse(cMajor.fits(ChordSymbols.parse("C#dim7")));
        assertTrue(cMajor.fits(ChordSymbols.parse("E7"))); // secondary dominant: only G# is outside
        assertFalse(cMajor.fits(ChordSymbols.parse("D7b9"))); // F# and Eb are outside
        assertFalse(cMajor.fits(ChordSymbols.parse("Bb"))); // root outside
    }

    @Test
    void readsKeyEstimatorNames() {
        for (int tonic = 0; tonic < 12; tonic++) {
            String name = NoteNames.pitchClassName(tonic);
            assertEquals(new Key(tonic, false), Key.fromEstimate(name + " major"), name);
            assertEquals(new Key(tonic, true), Key.fromEstimate(name + " minor"), name);
        }
        assertEquals(new Key(10, false), Key.fromEstimate("B- major"));
        assertEquals(new Key(6, true), Key.fromEstimate("F# minor"));
        assertNull(Key.fromEstimate("unknown"));
        assertNull(Key.fromEstimate(KeyEstimator.best(new double[12]).name()));
    }

    @Test
    void transposeKeepsTheMode() {
        assertEquals(new Key(0, true), D_MINOR.transpose(-2));
        assertEquals(new Key(1, false), new Key(11, false).transpose(2));
    }
}
