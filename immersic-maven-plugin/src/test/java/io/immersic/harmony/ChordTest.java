package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChordTest {

    @Test
    void symbolsUseLeadSheetSpelling() {
        assertEquals("Dm9", new Chord(2, ChordQuality.MINOR_NINE).symbol());
        assertEquals("F#maj7", new Chord(6, ChordQuality.MAJOR_SEVEN).symbol());
        assertEquals("Bbm7b5", new Chord(10, ChordQuality.HALF_DIMINISHED).symbol());
        assertEquals("C#", new Chord(1, ChordQuality.MAJOR).symbol());
        assertEquals("Eb6/9", new Chord(3, ChordQuality.SIX_NINE).symbol());
        assertEquals("Ab7alt", new Chord(8, ChordQuality.SEVEN_ALT).symbol());
    }

    @Test
    void symbolRoundTripsThroughTheParserForEveryRootAndQuality() {
        for (int root = 0; root < 12; root++) {
            for (ChordQuality quality : ChordQuality.values()) {
                Chord chord = new Chord(root, quality);
                assertEquals(chord, ChordSymbols.parse(chord.symbol()), chord.symbol());
            }
        }
    }

    @Test
    void tokenRoundTripsForEveryRootAndQuality() {
        for (int root = 0; root < 12; root++) {
            for (ChordQuality quality : ChordQuality.values()) {
                Chord chord = new Chord(root, quality);
                assertEquals(chord, Chord.fromToken(chord.token()), chord.token());
            }
        }
        assertEquals("CHORD_2_m9", new Chord(2, ChordQuality.MINOR_NINE).token());
        assertEquals("CHORD_0_maj", new Chord(0, ChordQuality.MAJOR).token());
    }

    @Test
    void nonChordTokensGiveNull() {
        assertNull(Chord.fromToken("NOTE_ON_60"));
        assertNull(Chord.fromToken("CHORD_12_m7"));
        assertNull(Chord.fromToken("CHORD_02_m7"));
        assertNull(Chord.fromToken("CHORD_2_xyz"));
        assertNull(Chord.fromToken("CHORD_-1_m7"));
        assertNull(Chord.fromToken("CHORD_2"));
        assertNull(Chord.fromToken(null));
    }

    @Test
    void pitchClassesFollowTheTemplate() {
        boolean[] g7 = new Chord(7, ChordQuality.SEVEN).pitchClasses();
        boolean[] expected = new boolean[12];
        for (int pc : new int[] {7, 11, 2, 5}) {
            expected[pc] = true;
        }
        assertArrayEquals(expected, g7);
        // Dm9: guide tones D, F, C.
        assertArrayEquals(new int[] {2, 5, 0}, new Chord(2, ChordQuality.MINOR_NINE).guidePitchClasses());
    }

    @Test
    void transposeWrapsAroundTheOctave() {
        assertEquals(new Chord(1, ChordQuality.SEVEN), new Chord(11, ChordQuality.SEVEN).transpose(2));
        assertEquals(new Chord(10, ChordQuality.MINOR), new Chord(0, ChordQuality.MINOR).transpose(-2));
        assertEquals(new Chord(5, ChordQuality.NINE), new Chord(5, ChordQuality.NINE).transpose(24));
    }

    @Test
    void rootMustBeAPitchClass() {
        assertThrows(IllegalArgumentException.class, () -> new Chord(12, ChordQuality.MAJOR));
        assertThrows(IllegalArgumentException.class, () -> new Chord(-1, ChordQuality.MAJOR));
        assertThrows(NullPointerException.class, () -> new Chord(0, null));
    }
}
