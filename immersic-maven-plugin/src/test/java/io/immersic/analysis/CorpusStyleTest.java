package io.immersic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordSymbols;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusStyleTest {

    private static List<Chord> chords(String progression, int times) {
        List<Chord> chords = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            chords.addAll(ChordSymbols.parseProgression(progression));
        }
        return chords;
    }

    @Test
    void findsTheShortestPeriodAtWhichTheChordsRepeat() {
        assertEquals(2, CorpusStyle.loopLength(chords("Dm7 G7", 4)));
        assertEquals(4, CorpusStyle.loopLength(chords("Dm7 G7 Cmaj7 Am7", 3)));
        assertEquals(4, CorpusStyle.loopLength(chords("Dm7 G7 Dm7 Gsus4", 2)), "2 bars apart differ once in two");
        assertEquals(0, CorpusStyle.loopLength(chords("Dm7 G7 Cmaj7 Am7", 1)), "one pass is no loop");
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
}
