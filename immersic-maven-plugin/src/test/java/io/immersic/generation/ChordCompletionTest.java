package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.immersic.harmony.ChordSymbols;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChordCompletionTest {

    private static final Vocabulary PITCHES = vocabulary();

    private static Vocabulary vocabulary() {
        List<String> tokens = new ArrayList<>(List.of("BAR", "END"));
        for (int pitch = 40; pitch <= 90; pitch++) {
            tokens.add("PITCH_" + pitch);
        }
        return new Vocabulary(tokens);
    }

    /** Hands that strike as many keys at once as a chord needs. */
    private static final int ANY_SPAN = Integer.MAX_VALUE;

    @Test
    void addsTheMissingThirdAndSeventhToTheFirstStrikeInTheOctaveAboveItsBass() {
        // Dm7 asked; the bar strikes D3 and A3 at beat 0, then a melody F4 later: the third (F) sounds only in the
        // melody, so only the seventh (C) is missing; it goes in above D3 at the first C: C4 (60), played as the bar's
        // notes above the bass are: A3 (VEL_3, 12) and F4 (VEL_5, 6), the lower of the middle two: VEL_3, DUR_6. The
        // notes the model wrote keep their own velocity and length (D3: VEL_4, DUR_24; A3: VEL_3, DUR_12).
        List<String> bar = List.of("BAR", "CHORD_2_m7", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_3",
                "PITCH_57", "DUR_12", "POS_24", "VEL_5", "PITCH_65", "DUR_6");

        List<String> completed = ChordCompletion.complete(bar, ChordSymbols.parse("Dm7"), 45, 84, ANY_SPAN, PITCHES);

        assertEquals(List.of("BAR", "CHORD_2_m7", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_3", "PITCH_57",
                "DUR_12", "POS_0", "VEL_3", "PITCH_60", "DUR_6", "POS_24", "VEL_5", "PITCH_65", "DUR_6"), completed);
    }

    @Test
    void addsTheColourTonesAFifthOrMoreAboveTheBassWhereNoSemitoneRubs() {
        // Dm9 (D F A C E): the bar strikes D3 (50), F3 (53) and C4 (60). A (the fifth) goes in at the first A a fifth
        // or more above D3: A3 (57). E (the ninth): E4 (64) is the first E past D3 + 7 = 57 with no note a semitone
        // away. Both played as the right hand's F3 and C4 are (VEL_3, 24), not as the bass held through the bar
        // (VEL_5, 48).
        List<String> bar = List.of("BAR", "CHORD_2_m9", "POS_0", "VEL_5", "PITCH_50", "DUR_48", "POS_0", "VEL_3",
                "PITCH_53", "DUR_24", "POS_0", "VEL_3", "PITCH_60", "DUR_24");

        List<String> completed = ChordCompletion.complete(bar, ChordSymbols.parse("Dm9"), 45, 84, ANY_SPAN, PITCHES);

        assertEquals(List.of("BAR", "CHORD_2_m9", "POS_0", "VEL_5", "PITCH_50", "DUR_48", "POS_0", "VEL_3", "PITCH_53",
                "DUR_24", "POS_0", "VEL_3", "PITCH_57", "DUR_24", "POS_0", "VEL_3", "PITCH_60", "DUR_24", "POS_0",
                "VEL_3", "PITCH_64", "DUR_24"), completed);
    }

    @Test
    void aBassStruckAloneGivesItsLengthToTheChordItBecomes() {
        // Dm7 over a bar that plays only D3 for two beats: F, A and C go above it (53, 57, 60) and, with no right-hand
        // note to take a touch from, are struck and held with the bass.
        List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24");

        List<String> completed = ChordCompletion.complete(bar, ChordSymbols.parse("Dm7"), 45, 84, ANY_SPAN, PITCHES);

        assertEquals(List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_4", "PITCH_53", "DUR_24",
                "POS_0", "VEL_4", "PITCH_57", "DUR_24", "POS_0", "VEL_4", "PITCH_60", "DUR_24"), completed);
    }

    @Test
    void aColourToneWithNoRoomInTheHandIsLeftOut() {
        // Cmaj9 in a register that ends at 60: C3 (48), E3 (52), B3 (59) struck; G and D would have to go a fifth
        // above C3, from 55: G3 (55) fits; D4 (62) is past the register, so the ninth is left out.
        List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_48", "DUR_24", "POS_0", "VEL_4", "PITCH_52",
                "DUR_24", "POS_0", "VEL_4", "PITCH_59", "DUR_24");

        List<String> completed = ChordCompletion.complete(bar, ChordSymbols.parse("Cmaj9"), 45, 60, ANY_SPAN, PITCHES);

        assertEquals(List.of("BAR", "POS_0", "VEL_4", "PITCH_48", "DUR_24", "POS_0", "VEL_4", "PITCH_52", "DUR_24",
                "POS_0", "VEL_4", "PITCH_55", "DUR_24", "POS_0", "VEL_4", "PITCH_59", "DUR_24"), completed);
    }

    @Test
    void aStrikeGrowsNoLargerThanTheHandsLargestStrike() {
        // Dm9 over D3 alone, by hands that strike three keys at most: the guide tones come first, F (53) and C (60);
        // then the strike is full, and A and E, the colours, are left out.
        List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24");

        List<String> completed = ChordCompletion.complete(bar, ChordSymbols.parse("Dm9"), 45, 84, 3, PITCHES);

        assertEquals(List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_4", "PITCH_53", "DUR_24",
                "POS_0", "VEL_4", "PITCH_60", "DUR_24"), completed);
    }

    @Test
    void aBarThatVoicesItsChordIsLeftAsItIs() {
        List<String> bar = List.of("BAR", "POS_0", "VEL_4", "PITCH_50", "DUR_24", "POS_0", "VEL_4", "PITCH_53",
                "DUR_24", "POS_0", "VEL_4", "PITCH_57", "DUR_24", "POS_0", "VEL_4", "PITCH_60", "DUR_24");
        assertSame(bar, ChordCompletion.complete(bar, ChordSymbols.parse("Dm7"), 45, 84, ANY_SPAN, PITCHES));
    }
}
