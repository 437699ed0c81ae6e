package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChordSymbolsTest {

    private static ChordQuality quality(String symbol) {
        return ChordSymbols.parse(symbol).quality();
    }

    @Test
    void parsesAProgression() {
        List<Chord> chords = ChordSymbols.parseProgression("Dm9 G13 Cmaj9 A7b9");
        assertEquals(List.of(
                new Chord(2, ChordQuality.MINOR_NINE),
                new Chord(7, ChordQuality.THIRTEEN),
                new Chord(0, ChordQuality.MAJOR_NINE),
                new Chord(9, ChordQuality.SEVEN_FLAT_NINE)), chords);
    }

    @Test
    void progressionsMaySeparateWithCommasAndBarLines() {
        assertEquals(ChordSymbols.parseProgression("Dm9 G13 Cmaj9 A7b9"),
                ChordSymbols.parseProgression(" | Dm9, G13 |Cmaj9,A7b9 |\n"));
    }

    @Test
    void emptyProgressionIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ChordSymbols.parseProgression(" | , "));
        assertThrows(IllegalArgumentException.class, () -> ChordSymbols.parseProgression(""));
    }

    @Test
    void rootsAcceptCaseAndAccidentals() {
        assertEquals(new Chord(10, ChordQuality.MINOR_SEVEN), ChordSymbols.parse("Bbm7"));
        assertEquals(new Chord(10, ChordQuality.MINOR_SEVEN), ChordSymbols.parse("bbm7"));
        assertEquals(new Chord(10, ChordQuality.MINOR_SEVEN), ChordSymbols.parse("B♭m7"));
        assertEquals(new Chord(6, ChordQuality.SEVEN), ChordSymbols.parse("F♯7"));
        assertEquals(new Chord(1, ChordQuality.MAJOR), ChordSymbols.parse("c#"));
        assertEquals(new Chord(11, ChordQuality.MAJOR), ChordSymbols.parse("Cb"));
    }

    @Test
    void synonymsNameTheSameQualities() {
        assertEquals(ChordQuality.MAJOR, quality("Cmaj"));
        assertEquals(ChordQuality.MAJOR, quality("CM"));
        for (String minor : new String[] {"Cm", "Cmin", "Cmi", "C-"}) {
            assertEquals(ChordQuality.MINOR, quality(minor), minor);
        }
        assertEquals(ChordQuality.MINOR_SEVEN, quality("C-7"));
        assertEquals(ChordQuality.MINOR_SEVEN, quality("Cmin7"));
        assertEquals(ChordQuality.MINOR_NINE, quality("Cmi9"));
        for (String maj7 : new String[] {"CM7", "CMaj7", "CΔ", "CΔ7", "Cma7"}) {
            assertEquals(ChordQuality.MAJOR_SEVEN, quality(maj7), maj7);
        }
        for (String maj9 : new String[] {"CM9", "CMaj9", "CΔ9"}) {
            assertEquals(ChordQuality.MAJOR_NINE, quality(maj9), maj9);
        }
        for (String half : new String[] {"Cø", "Cø7", "Cm7-5"}) {
            assertEquals(ChordQuality.HALF_DIMINISHED, quality(half), half);
        }
        assertEquals(ChordQuality.DIMINISHED, quality("C°"));
        assertEquals(ChordQuality.DIMINISHED, quality("Co"));
        assertEquals(ChordQuality.DIMINISHED_SEVEN, quality("C°7"));
        assertEquals(ChordQuality.DIMINISHED_SEVEN, quality("Co7"));
        assertEquals(ChordQuality.AUGMENTED, quality("C+"));
        assertEquals(ChordQuality.SUS4, quality("Csus"));
        assertEquals(ChordQuality.SEVEN_SHARP_FIVE, quality("C7+5"));
        assertEquals(ChordQuality.SEVEN_FLAT_NINE, quality("C7-9"));
        assertEquals(ChordQuality.SEVEN_FLAT_NINE, quality("C7(b9)"));
        assertEquals(ChordQuality.SEVEN_ALT, quality("Calt"));
        assertEquals(ChordQuality.SIX_NINE, quality("C69"));
        assertEquals(ChordQuality.MINOR_MAJOR_SEVEN, quality("Cm(maj7)"));
        assertEquals(ChordQuality.MINOR_MAJOR_SEVEN, quality("CmM7"));
    }

    @Test
    void slashBassIsAcceptedAndIgnored() {
        assertEquals(new Chord(0, ChordQuality.MAJOR_SEVEN), ChordSymbols.parse("Cmaj7/E"));
        assertEquals(new Chord(5, ChordQuality.MAJOR), ChordSymbols.parse("F/C"));
        assertEquals(new Chord(0, ChordQuality.SIX_NINE), ChordSymbols.parse("C6/9"));
        assertEquals(new Chord(0, ChordQuality.SIX_NINE), ChordSymbols.parse("C6/9/Bb"));
    }

    @Test
    void badSymbolsExplainWhatIsWrong() {
        String badRoot = assertThrows(IllegalArgumentException.class, () -> ChordSymbols.parse("Xm7")).getMessage();
        assertTrue(badRoot.startsWith("'Xm7' is not a chord symbol: it must start with a root A–G"), badRoot);
        assertTrue(badRoot.contains("e.g. Dm9"), badRoot);

        String badQuality = assertThrows(IllegalArgumentException.class, () -> ChordSymbols.parse("Cxyz"))
                .getMessage();
        assertTrue(badQuality.contains("'Cxyz'") && badQuality.contains("'xyz' is not a known chord quality"),
                badQuality);

        String badBass = assertThrows(IllegalArgumentException.class, () -> ChordSymbols.parse("Cmaj7/H"))
                .getMessage();
        assertTrue(badBass.contains("'Cmaj7/H'") && badBass.contains("bass 'H'"), badBass);

        String inProgression = assertThrows(IllegalArgumentException.class,
                () -> ChordSymbols.parseProgression("Dm9 G14 C")).getMessage();
        assertTrue(inProgression.contains("'G14'"), inProgression);
    }
}
