package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoopHarmonyTest {

    private static final List<String> C_MAJOR = List.of("POS_0", "VEL_4", "PITCH_48", "DUR_48", "VEL_4", "PITCH_64",
            "DUR_48", "VEL_4", "PITCH_67", "DUR_48");
    private static final List<String> C_MAJOR_REVOICED = List.of("POS_0", "VEL_3", "PITCH_36", "DUR_24", "VEL_4",
            "PITCH_67", "DUR_24", "VEL_4", "PITCH_76", "DUR_24");
    private static final List<String> F_SHARP = List.of("POS_0", "VEL_4", "PITCH_42", "DUR_48", "VEL_4", "PITCH_58",
            "DUR_48", "VEL_4", "PITCH_61", "DUR_48");

    @Test
    void theSameHarmonyOverTheSameBassScoresHighest() {
        assertEquals(1.5, LoopHarmony.similarity(C_MAJOR, C_MAJOR), 1e-9);
        assertEquals(1.5, LoopHarmony.similarity(C_MAJOR, C_MAJOR_REVOICED), 1e-9); // voicing does not matter
        assertEquals(0.0, LoopHarmony.similarity(C_MAJOR, F_SHARP), 1e-9);          // no shared pitch class
        assertEquals(0.0, LoopHarmony.similarity(C_MAJOR, List.of()), 1e-9);
    }

    @Test
    void theLastBarIsTheCandidateClosestToTheFirst() {
        List<String> tokens = List.of("BAR", "POS_0", "VEL_4", "PITCH_60", "DUR_12", "BAR", "POS_0", "VEL_4",
                "PITCH_62", "DUR_12");
        assertEquals(List.of("POS_0", "VEL_4", "PITCH_60", "DUR_12"), TokenGenerator.barTokens(tokens, 0));
        assertEquals(List.of("POS_0", "VEL_4", "PITCH_62", "DUR_12"), TokenGenerator.barTokens(tokens, 1));
        assertTrue(LoopHarmony.similarity(TokenGenerator.barTokens(tokens, 0), C_MAJOR) > 0);
    }
}
