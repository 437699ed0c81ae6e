package io.immersic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.harmony.ChordQuality;
import io.immersic.harmony.ChordSymbols;
import io.immersic.harmony.Key;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusStyleTest {

    /** Bars as their contents: each letter one distinct bar. */
    private static List<String> bars(String letters) {
        return letters.chars().mapToObj(c -> "POS_0 VEL_4 PITCH_" + (60 + c - 'a') + " DUR_12 ").toList();
    }

    @Test
    void findsTheShortestPeriodAtWhichTheBarsRepeat() {
        assertEquals(2, CorpusStyle.loopLength(bars("abababab")));
        assertEquals(4, CorpusStyle.loopLength(bars("abcdabcdabcd")));
        assertEquals(4, CorpusStyle.loopLength(bars("abacabac")), "2 bars apart differ once in two");
        assertEquals(0, CorpusStyle.loopLength(bars("abcdefghijk")), "a through-composed piece says nothing");
    }

    @Test
    void aFileThatIsOneLoopCountsAsALoopOfItsLength() {
        assertEquals(4, CorpusStyle.loopLength(bars("abcd")));
        assertEquals(4, CorpusStyle.loopLength(bars("abac")), "two chords alternating under a 4-bar figure");
        assertEquals(8, CorpusStyle.loopLength(bars("abcdefgh")));
        assertEquals(0, CorpusStyle.loopLength(bars("abc")));
    }

    @Test
    void barContentsLeaveTheChordLabelAside() {
        List<String> tokens = List.of("BAR", "CHORD_0_maj", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "BAR",
                "CHORD_0_maj7", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "END");
        List<String> bars = CorpusStyle.barContents(tokens);
        assertEquals(2, bars.size());
        assertEquals(bars.get(0), bars.get(1));
    }

    @Test
    void measuresHowChordsAreRolled() {
        CorpusStyle.RollCount count = new CorpusStyle.RollCount();
        // A block chord, a chord rolled one step (1/12 beat) a note, a chord rolled two steps, and a melody in eighths.
        count.add(List.of(new io.immersic.midi.Note(48, 80, 0, 2, 0), new io.immersic.midi.Note(52, 80, 0, 2, 0),
                new io.immersic.midi.Note(55, 80, 0, 2, 0),
                new io.immersic.midi.Note(48, 80, 4, 2, 0), new io.immersic.midi.Note(52, 80, 4 + 1 / 12.0, 2, 0),
                new io.immersic.midi.Note(55, 80, 4 + 2 / 12.0, 2, 0),
                new io.immersic.midi.Note(48, 80, 8, 2, 0), new io.immersic.midi.Note(52, 80, 8 + 2 / 12.0, 2, 0),
                new io.immersic.midi.Note(55, 80, 8 + 3 / 12.0, 2, 0),
                new io.immersic.midi.Note(60, 80, 12, 0.5, 0), new io.immersic.midi.Note(62, 80, 12.5, 0.5, 0),
                new io.immersic.midi.Note(64, 80, 13, 0.5, 0)));
        CorpusStyle.Roll roll = count.roll();
        assertEquals(2 / 3.0, roll.share(), 0.001, "two of the three chords are rolled; the melody is no strike");
        assertEquals(1, roll.steps(), "gaps 1, 1, 2, 1: the median is 1");
        assertEquals(CorpusStyle.Roll.NONE, new CorpusStyle.RollCount().roll());
    }

    @Test
    void measuresLoopsRegisterAndKeysFromTokens() {
        // Two files: a 2-bar loop (C major, then F major over C) four times, in the register 48..67.
        List<String> file = new ArrayList<>();
        for (int bar = 0; bar < 8; bar++) {
            file.add("BAR");
            file.add(bar % 2 == 0 ? "CHORD_0_maj" : "CHORD_5_maj");
            file.add("POS_0");
            for (int pitch : bar % 2 == 0 ? new int[] {48, 52, 55, 67} : new int[] {48, 53, 57, 65}) {
                file.addAll(List.of("VEL_4", "PITCH_" + pitch, "DUR_48"));
            }
        }
        file.add("END");

        CorpusStyle style = CorpusStyle.of(List.of(file, file), 4);

        assertEquals(2, style.loopBars());
        // Every 4-bar window spans 48..67: centre 57.5, span 19 + a margin of 6 = 25, so 45..70.
        assertEquals(45, style.registerLow());
        assertEquals(70, style.registerHigh());
        assertEquals(2, style.keys().size());
        assertEquals("C major", style.keys().get(0).name(), "I–IV over a C pedal");
    }
    @Test
    void eachPieceKeepsItsOwnHands() {
        // A piece in 48..67 at VEL_3 to VEL_5, mostly VEL_4, and a high one in 72..79 all at VEL_2.
        List<String> low = new ArrayList<>();
        List<String> high = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            low.addAll(List.of("BAR", "POS_0"));
            high.addAll(List.of("BAR", "POS_0"));
            int[] bins = {3, 4, 4, 5};
            int[] pitches = {48, 55, 60, 67};
            for (int note = 0; note < 4; note++) {
                low.addAll(List.of("VEL_" + bins[note], "PITCH_" + pitches[note], "DUR_48"));
            }
            for (int pitch : new int[] {72, 76, 79}) {
                high.addAll(List.of("VEL_2", "PITCH_" + pitch, "DUR_48"));
            }
        }

        CorpusStyle style = CorpusStyle.of(List.of(low, high), 4);

        // 48..67: centre 57.5, span 19 + a margin of 6 = 25, so 45..70. 72..79: span 7 + 6 = 13, widened to the
        // narrowest register, 19, around 75.5: 66..85. The touch is the bin of each piece's median note; the low piece's
        // middle notes span bins 3 to 5, the high piece's only bin 2. Each piece plays one bar four times over. Their
        // texture words, between the two: the low piece has more notes per bar (D) and per onset (P), one onset per
        // bar and whole-bar notes like the other (ties go to the top third), shaped velocities where the high piece
        // plays one (V0). Neither labels a chord (no palette); the low piece strikes four keys at once, the high one
        // three. The low piece's higher notes are its louder (velocities 56, 72, 72, 88 at 48, 55, 60, 67: by least
        // squares 304 / 193 a semitone); the high piece's are all alike. Both hold every note a bar (48 grid steps).
        LoopShape oneBar = new LoopShape("AAAA", "AAAA");
        List<String> lowWords = List.of("STYLE_D2", "STYLE_O2", "STYLE_L2", "STYLE_P2", "STYLE_V2");
        List<String> highWords = List.of("STYLE_D1", "STYLE_O2", "STYLE_L2", "STYLE_P1", "STYLE_V0");
        assertEquals(List.of(new CorpusStyle.Hands(45, 70, 4, 3, oneBar, lowWords, CorpusStyle.Roll.NONE, null, 4,
                                304 / 193.0, 48),
                        new CorpusStyle.Hands(66, 85, 2, 1, oneBar, highWords, CorpusStyle.Roll.NONE, null, 3, 0.0,
                                48)),
                style.hands());
    }

    @Test
    void aLineSungOverTheChordsAtItsOwnLevelIsPartOfTheTouch() {
        // Each bar: a chord of five notes and one of six at VEL_2, and between them one note of a line at VEL_5, a
        // twelfth of the notes. The hands' touch is the chords' bin, and it reaches up to the line's: four bins.
        List<String> piece = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            piece.addAll(List.of("BAR", "POS_0"));
            for (int pitch : new int[] {48, 55, 60, 64, 67}) {
                piece.addAll(List.of("VEL_2", "PITCH_" + pitch, "DUR_12"));
            }
            piece.addAll(List.of("POS_12", "VEL_5", "PITCH_79", "DUR_12", "POS_24"));
            for (int pitch : new int[] {48, 52, 55, 60, 64, 67}) {
                piece.addAll(List.of("VEL_2", "PITCH_" + pitch, "DUR_12"));
            }
        }
        CorpusStyle.Hands hands = CorpusStyle.of(List.of(piece), 4).hands().get(0);
        assertEquals(2, hands.touch());
        assertEquals(4, hands.touchBins(), "bins 2 to 5");
    }

    @Test
    void eachPiecesHandsKeepItsHarmonyAndHandSpan() {
        // Bar 1: Cmaj7 struck as four notes for two beats, then D (outside the chord) for half a beat. Bar 2: A minor as
        // three notes for two beats, then F and G (both outside it) for half a beat each.
        List<String> piece = new ArrayList<>(List.of("BAR", "CHORD_0_maj7", "POS_0"));
        for (int pitch : new int[] {48, 52, 55, 59}) {
            piece.addAll(List.of("VEL_4", "PITCH_" + pitch, "DUR_24"));
        }
        piece.addAll(List.of("POS_24", "VEL_4", "PITCH_62", "DUR_6", "BAR", "CHORD_9_m", "POS_0"));
        for (int pitch : new int[] {57, 60, 64}) {
            piece.addAll(List.of("VEL_4", "PITCH_" + pitch, "DUR_24"));
        }
        piece.addAll(List.of("POS_24", "VEL_4", "PITCH_65", "DUR_6", "POS_36", "VEL_4", "PITCH_67", "DUR_6"));

        CorpusStyle.Hands hands = CorpusStyle.of(List.of(piece), 4).hands().get(0);

        // Chords of three and four tones; at most two tones outside the bar's chord (bar 2's F and G).
        assertEquals(new CorpusStyle.Palette(3, 4, 2), hands.palette());
        assertTrue(hands.playsChordOf(ChordSymbols.parse("Dm7")));
        assertFalse(hands.playsChordOf(ChordSymbols.parse("Dm9")), "five tones: richer than the piece plays");
        // Strikes of 4, 1, 3, 1 and 1 notes: four at most.
        assertEquals(4, hands.mostKeys());
        // Seven notes of ten held two beats, three half a beat: no one length.
        assertEquals(0, hands.evenLength());
    }

    @Test
    void eachPiecesHandsBalanceItsVoicesAsItsPlayerDoes() {
        // The same three-note chord (C3, C4, C5) a bar, by three players: one sings the top out (velocity bins 2, 4,
        // 5: velocities 40, 72, 88), one strikes every note alike (bin 4), one strikes the bass hardest (6, 4, 2).
        CorpusStyle style = CorpusStyle.of(List.of(chordBars("2 4 5"), chordBars("4 4 4"), chordBars("6 4 2")), 4);

        // Least squares over (48, 40), (60, 72), (72, 88): covariance 576 / 3 over variance 288 / 3.
        assertEquals(2.0, style.hands().get(0).balance(), 1e-9);
        assertEquals(0.0, style.hands().get(1).balance(), 1e-9);
        // (48, 104), (60, 72), (72, 40): −64 over 24 semitones.
        assertEquals(-64 / 24.0, style.hands().get(2).balance(), 1e-9);
        // Notes a semitone apart, 112 velocities apart (bins 0 and 7): a slope no track's register could carry, kept
        // to the whole velocity range over an octave.
        List<String> steep = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            steep.addAll(List.of("BAR", "POS_0", "VEL_0", "PITCH_60", "DUR_48", "VEL_7", "PITCH_61", "DUR_48"));
        }
        assertEquals(127 / 12.0, CorpusStyle.of(List.of(steep), 4).hands().get(0).balance(), 1e-9);
    }

    /** Four bars of C3, C4 and C5 struck together, at these velocity bins from the lowest up. */
    private static List<String> chordBars(String bins) {
        List<String> file = new ArrayList<>();
        String[] bin = bins.split(" ");
        for (int bar = 0; bar < 4; bar++) {
            file.addAll(List.of("BAR", "POS_0"));
            for (int note = 0; note < 3; note++) {
                file.addAll(List.of("VEL_" + bin[note], "PITCH_" + (48 + 12 * note), "DUR_48"));
            }
        }
        return file;
    }

    @Test
    void eachPiecesHandsRollChordsAsItsPlayerDoes() {
        // One piece rolls every chord a grid step a note; the other strikes every chord as a block. The corpus rolls
        // half its chords, but neither player rolls half of theirs.
        List<String> rolled = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            rolled.add("BAR");
            block.addAll(List.of("BAR", "POS_0"));
            int[] pitches = {48, 52, 55, 60};
            for (int note = 0; note < pitches.length; note++) {
                rolled.addAll(List.of("POS_" + note, "VEL_4", "PITCH_" + pitches[note], "DUR_24"));
                block.addAll(List.of("VEL_4", "PITCH_" + pitches[note], "DUR_24"));
            }
        }

        CorpusStyle style = CorpusStyle.of(List.of(rolled, block), 4);

        assertEquals(new CorpusStyle.Roll(1, 1), style.hands().get(0).roll());
        assertEquals(CorpusStyle.Roll.NONE, style.hands().get(1).roll());
        assertEquals(0.5, style.roll().share(), 1e-9);
    }

    @Test
    void theChordsAPiecePlaysInItsKeyAreKeptWhenTwoBarsOrMorePlayThem() {
        // A minor: Am7 Dm7 E7 twice, then Am7 and one bar of Bbmaj7. E7 (its G# outside A minor) is the dominant the
        // style plays on the fifth of a minor key; Bbmaj7, heard once, is that piece's colour, not the style's.
        String[][] bars = {{"9_m7", "57 60 64 67"}, {"2_m7", "50 53 57 60"}, {"4_7", "52 56 59 62"},
                {"9_m7", "57 60 64 67"}, {"2_m7", "50 53 57 60"}, {"4_7", "52 56 59 62"}, {"9_m7", "57 60 64 67"},
                {"10_maj7", "58 62 65 69"}};
        List<String> file = new ArrayList<>();
        for (String[] bar : bars) {
            file.addAll(List.of("BAR", "CHORD_" + bar[0]));
            for (String pitch : bar[1].split(" ")) {
                file.addAll(List.of("POS_0", "VEL_4", "PITCH_" + pitch, "DUR_48"));
            }
        }
        file.add("END");

        CorpusStyle style = CorpusStyle.of(List.of(file), 4);

        assertEquals(List.of(new Key(9, true)), style.keys());
        assertEquals(List.of(new KeyChord(true, 0, ChordQuality.MINOR_SEVEN), new KeyChord(true, 5,
                ChordQuality.MINOR_SEVEN), new KeyChord(true, 7, ChordQuality.SEVEN)), style.keyChords());
    }

    @Test
    void aStyleFromBeforeHandsWereKeptPlaysInItsOneRegister() {
        CorpusStyle old = new CorpusStyle(4, 45, 84, List.of());
        assertEquals(List.of(new CorpusStyle.Hands(45, 84, -1, 0)), old.hands(), "-1: the model's first strike sets it");
        assertEquals(2, old.hands().get(0).touchBinsOrDefault(), "two neighbouring bins, as such models always played");
    }
}
