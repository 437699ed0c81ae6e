package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.immersic.harmony.ChordSymbols;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideToneCompletionTest {

    private static final Vocabulary PITCHES = vocabulary();

    private static Vocabulary vocabulary() {
        List<String> tokens = new ArrayList<>(List.of("BAR", "END"));
        for (int pitch = 40; pitch <= 90; pitch++) {
            tokens.add("PITCH_" + pitch);
        }
        return new Vocabulary(tokens);
    }

    @Test
    void addsTheMissingThirdAndSeventhToTheFirstStrikeInTheOctaveAboveItsBass() {
        // Dm7 asked; the bar strikes D3 and A3 at beat 0, then a melody F4 later: the third (F) sounds only in the
        // melody, so only the seventh (C) is missing; it goes in above D3 at the first C: C4 (60).
        List<String> bar = List.of("BAR", "CHORD_2_m7", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_3",
                "PITCH_57", "DUR_12", "POS_24", "VEL_5", "PITCH_65", "DUR_6");

        List<String> completed = GuideToneCompletion.complete(bar, ChordSymbols.parse("Dm7"), 45, 84, PITCHES);

        assertEquals(List.of("BAR", "CHORD_2_m7", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_4", "PITCH_57",
                "DUR_24", "POS_0", "VEL_4", "PITCH_60", "DUR_24", "POS_24", "VEL_5", "PITCH_65", "DUR_6"), completed);
    }

    @Test
    void aBarThatVoicesItsChordIsLeftAsItIs() {
        List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_4", "PITCH_53",
                "DUR_24", "POS_0", "VEL_4", "PITCH_60", "DUR_24");
        assertSame(bar, GuideToneCompletion.complete(bar, ChordSymbols.parse("Dm7"), 45, 84, PITCHES));
    }
}
