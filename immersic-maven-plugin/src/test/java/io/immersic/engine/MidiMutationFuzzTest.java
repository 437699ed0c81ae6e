package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MidiMutationFuzzTest {

    @Test
    void twoThousandDamagedFilesEachParseOrAreSkippedWithAReasonInUnderASecond() {
        MidiMutationFuzz.Result result = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> new MidiMutationFuzz().run(2000, 42));

        assertEquals(0, result.unexpected().size(), result.summary() + "\n" + String.join("\n", result.unexpected()));
        assertTrue(result.slowestMillis() < 1000, result.summary());
        // Both outcomes occur, so the mutations reach the parser and the reasons: a fuzz that only ever parses (or
        // only ever refuses at the header) would test nothing.
        assertTrue(result.parsed() > 200 && result.skipped() > 200, result.summary());
        assertTrue(result.reasons().size() >= 6, result.reasons().toString());
        // Each refusal comes from the structure walk, none from javax.sound.midi's message that names no reason.
        assertFalse(result.reasons().containsKey("is not a readable MIDI file"), result.reasons().toString());
    }

    @Test
    void damagedFilesThatPassPreprocessingGoThroughTheTrainingPlan() {
        MidiMutationFuzz.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new MidiMutationFuzz().run(1000, 7, true));

        assertEquals(0, result.unexpected().size(), result.summary() + "\n" + String.join("\n", result.unexpected()));
        assertTrue(result.planned() > 200 && result.planned() == result.parsed(), result.summary());
    }
}
