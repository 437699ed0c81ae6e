package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormPlanTest {

    @Test
    void sectionsShareTheTracksLength() {
        assertEquals("AAAAAAAABBBBAAAA", FormPlan.of("AABA", 16, 4).letters(), "AABA in 16 bars reaches B");
        assertEquals(8, FormPlan.of("AABA", 32, 4).sectionBars());
        assertEquals("AAAAAAAAAAAAAAAABBBBBBBBAAAAAAAA", FormPlan.of("AABA", 32, 4).letters());
        assertEquals("AAAAAAAABBBB", FormPlan.of("AABA", 12, 4).letters(), "a short track cuts the form");
        assertEquals("AAAABBBB", FormPlan.of("AB", 8, 2).letters(), "2-bar loops, round(8 / 4) = 2 a section");
    }

    @Test
    void aSectionIsAtLeastOneLoopAndTheFormRepeatsToFill() {
        FormPlan plan = FormPlan.of("AB", 24, 4);
        assertEquals(12, plan.sectionBars(), "round(24 / 8) = 3 loops a section");
        assertEquals("AAAAAAAAAAAABBBBBBBBBBBB", plan.letters());
        assertEquals(4, FormPlan.of("ABCD", 4, 4).sectionBars(), "never less than one loop");
        assertEquals("AAAA", FormPlan.of("ABCD", 4, 4).letters());
    }

    @Test
    void aLoopTooLongForTheFormIsHalved() {
        assertEquals(4, TokenGenerator.fittedLoop(8, 16, 4), "AABA in 16 bars from 8-bar loops");
        assertEquals(8, TokenGenerator.fittedLoop(8, 32, 4));
        assertEquals(4, TokenGenerator.fittedLoop(4, 16, 4));
        assertEquals(2, TokenGenerator.fittedLoop(8, 4, 4), "never below 2 bars");
        assertEquals(2, TokenGenerator.fittedLoop(2, 64, 1));
    }

    @Test
    void knowsWhereSectionsEndAndWhatFollows() {
        FormPlan plan = FormPlan.of("AABA", 16, 4);
        assertTrue(plan.endsSection(3));
        assertFalse(plan.endsSection(2));
        assertFalse(plan.leadsElsewhere(3), "bar 3 leads into A again");
        assertTrue(plan.leadsElsewhere(7), "bar 7 leads into B");
        assertTrue(plan.leadsElsewhere(15), "the track ends");
        assertEquals(8, plan.sectionStart(10));
    }
}
