package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceMetricsTest {

    private static List<String> tokens(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void findsAKnownCopiedRunAndItsBarLines() {
        List<String> training = tokens("BAR POS_0 VEL_4 PITCH_60 DUR_12 BAR POS_0 VEL_4 PITCH_62 DUR_12 END");
        // Copies "PITCH_60 DUR_12 BAR POS_0 VEL_4 PITCH_62" (6 tokens, one bar line), then goes its own way.
        List<String> generated = tokens("BAR POS_6 VEL_2 PITCH_60 DUR_12 BAR POS_0 VEL_4 PITCH_62 DUR_3 BAR");

        SequenceMetrics.CopiedRun run = SequenceMetrics.longestCopiedRun(List.of(generated), List.of(training));

        assertEquals(6, run.tokens());
        assertEquals(1, run.bars());
    }

    @Test
    void identicalSetsShareEverythingAndDisjointSetsNothing() {
        List<String> a = tokens("BAR POS_0 VEL_4 PITCH_60 DUR_12 POS_12 VEL_4 PITCH_64 DUR_12 BAR");
        List<String> b = tokens("BAR POS_3 VEL_1 PITCH_70 DUR_3 POS_9 VEL_2 PITCH_71 DUR_2 BAR");
        assertEquals(1.0, SequenceMetrics.sharedNgramShare(List.of(a), List.of(a), 8));
        assertEquals(a.size(), SequenceMetrics.longestCopiedRun(List.of(a), List.of(a)).tokens());
        assertEquals(0.0, SequenceMetrics.sharedNgramShare(List.of(b), List.of(a), 8));
        assertEquals(1, SequenceMetrics.longestCopiedRun(List.of(b), List.of(a)).tokens()); // "BAR" alone
    }

    @Test
    void aOneNoteLoopHasDistinct4NearZero() {
        List<String> loop = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            loop.addAll(tokens("POS_0 VEL_4 PITCH_60 DUR_12"));
        }
        double distinct4 = SequenceMetrics.distinct(List.of(loop), 4);
        assertTrue(distinct4 < 0.01, "distinct-4 of a one-note loop: " + distinct4);
        assertEquals(1.0, SequenceMetrics.distinct(List.of(tokens("a b c d e f g")), 4));
    }
}
