package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.audio.AdaptiveParameters;
import io.immersic.audio.WavMetadata;
import io.immersic.band.Part;
import io.immersic.band.Plan;
import io.immersic.harmony.Key;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveSetTest {

    /** 8 bars of 4 beats at 90 BPM: a bar is 8/3 s = 117,600 frames; A in bars 1-4, B in bars 5-8; in D. */
    private static final Plan PLAN = new Plan(new Key(2, false), 90, 4, 4, Plan.sections("AAAABBBB", 4),
            Collections.nCopies(8, null), true);

    @Test
    void everyBarLineIsACuePointLabelledWithItsSectionWhereOneStarts() {
        WavMetadata markers = AdaptiveSet.loopMarkers(PLAN, true);

        assertEquals(8, markers.cues().size());
        assertEquals(new WavMetadata.CuePoint(1, 0, "A"), markers.cues().get(0));
        assertEquals(new WavMetadata.CuePoint(2, 117_600, "bar 2"), markers.cues().get(1));
        assertEquals(new WavMetadata.CuePoint(5, 470_400, "B"), markers.cues().get(4));
        assertEquals(new WavMetadata.Acid(90, 32, 4, 4, 62, false), markers.acid(), "32 beats of 4/4, root D4");
        assertEquals(true, markers.loop());
    }

    @Test
    void aPieceIsAOneShotWithACueAtItsStart() {
        WavMetadata markers = AdaptiveSet.pieceMarkers(PLAN, "stinger", 1);

        assertEquals(List.of(new WavMetadata.CuePoint(1, 0, "stinger")), markers.cues());
        assertEquals(new WavMetadata.Acid(90, 4, 4, 4, 62, true), markers.acid());
        assertEquals(false, markers.loop());
    }

    @Test
    void levelsAreAtMostOnePerPartThatCanEnter() {
        assertEquals(4, AdaptiveSet.levels(new AdaptiveParameters(true, 4), EnumSet.allOf(Part.class)));
        assertEquals(2, AdaptiveSet.levels(new AdaptiveParameters(true, 4), EnumSet.of(Part.KEYS, Part.BASS)));
        assertEquals(3, AdaptiveSet.levels(new AdaptiveParameters(true, 3), EnumSet.allOf(Part.class)));
    }

    @Test
    void anAdaptiveSetTurnsOnLoopModeAndStemsAndRefusesLevelsNoPartCanFill() {
        io.immersic.audio.AudioParameters plain = io.immersic.audio.AudioParameters.DEFAULTS;
        GenerateRequest request = new GenerateRequest(null, io.immersic.generation.GenerationParameters.DEFAULTS,
                io.immersic.generation.MusicControls.NONE, plain, EvaluationParameters.OFF, null, null,
                new AdaptiveParameters(true, 4));

        assertEquals(true, request.audio().loop());
        assertEquals(true, request.audio().stems());
        assertEquals(false, plain.loop());
        String message = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveParameters(true, 5).validate()).getMessage();
        assertEquals(true, message.contains("intensityLevels"), message);
    }
}
