package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.audio.AudioParameters;
import io.immersic.common.ImmersicException;
import io.immersic.evaluation.Evaluation;
import io.immersic.generation.GenerationParameters;
import io.immersic.generation.MusicControls;
import io.immersic.generation.TokenGenerator;
import io.immersic.method.Composer;
import io.immersic.tokens.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateStepTest {

    @Test
    void aLengthWhoseAudioDoesNotFitInMemoryIsCutWithAWarning() throws Exception {
        // 80 BPM in 4/4: 3 s a bar. 512 MB of heap, 60 % of it for audio at 32 bytes a frame (44,100 frames a
        // second, WAV only): 322,122,547 / 1,411,200 / 3 = 76.1 bars, less 2 for the tail and a primer: 74 bars.
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(10_000), AudioParameters.DEFAULTS));

        GenerationParameters fitted = step.lengthThatFits(composerAt(80), 512L << 20);
        List<String> warnings = log.warnings();

        assertEquals(74, fitted.lengthBars());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("length 10000 bars at 80 BPM is 500 minutes of"
                + " audio"), warnings.get(0));
        assertTrue(warnings.get(0).contains("Writing 74 bars instead"), warnings.get(0));
    }

    @Test
    void aLengthThatFitsOrMidiOnlyIsKept() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(24), AudioParameters.DEFAULTS));
        AudioParameters midiOnly = new AudioParameters(AudioParameters.DEFAULTS.instrument(), "lofi", 0.5,
                AudioParameters.DEFAULTS.lofi(), false, false, false, false, null);
        GenerateStep midi = new GenerateStep(log, new GenerateRequest(null, length(10_000), midiOnly));

        assertEquals(24, step.lengthThatFits(composerAt(80), 512L << 20).lengthBars());
        assertEquals(10_000, midi.lengthThatFits(composerAt(80), 512L << 20).lengthBars());
        assertEquals(List.of(), log.warnings());
        assertThrows(ImmersicException.class, () -> step.lengthThatFits(composerAt(20), 8L << 20));
    }

    private static GenerationParameters length(int bars) {
        return new GenerationParameters(1, bars, 1.0, 0, 1.0, 7, null, 0, 0);
    }

    /** A composer that only answers the tempo and metre. */
    private static Composer composerAt(double bpm) {
        return new Composer() {
            @Override
            public List<TokenGenerator.Track> compose(List<String> primer, GenerationParameters p,
                                                      MusicControls controls, boolean loop) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Evaluation evaluate(Corpus corpus, List<io.immersic.band.PerformedTrack> tracks,
                                       double tempoBpm) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean knows(String token) {
                return true;
            }

            @Override
            public double beatsPerBar() {
                return 4;
            }

            @Override
            public double tempoBpm() {
                return bpm;
            }
        };
    }
}
