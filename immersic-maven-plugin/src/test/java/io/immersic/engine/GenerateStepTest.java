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
import io.immersic.midi.Note;
import io.immersic.tokens.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateStepTest {

    @Test
    void aKeyStruckAgainWhileItSoundsIsReleasedFirst() {
        // D3 held 4 beats from beat 0, struck again at beat 2: the first D3 now ends at beat 2. A3 is untouched.
        List<Note> notes = List.of(new Note(50, 70, 0, 4, 0), new Note(57, 70, 0, 4, 0), new Note(50, 60, 2, 1, 0));

        List<Note> released = GenerateStep.releaseBeforeRestrike(notes);

        assertEquals(List.of(new Note(50, 70, 0, 2, 0), new Note(57, 70, 0, 4, 0), new Note(50, 60, 2, 1, 0)),
                released);
    }

    @Test
    void aLoopIsCutAtItsLastBarLine() {
        // Two bars of 4 beats: a note from beat 7 for 2 beats ends at 8; a note starting at 8 is dropped.
        List<Note> cut = GenerateStep.endAt(List.of(new Note(60, 70, 0, 1, 0), new Note(62, 70, 7, 2, 0),
                new Note(64, 70, 8, 1, 0)), 8);

        assertEquals(List.of(new Note(60, 70, 0, 1, 0), new Note(62, 70, 7, 1, 0)), cut);
    }

    @Test
    void aLengthWhoseAudioDoesNotFitInMemoryIsCutWithAWarning() throws Exception {
        // 80 BPM in 4/4: 3 s a bar. 512 MB of heap, 60 % of it for audio at 40 bytes a frame (44,100 frames a
        // second): 322,122,547 / 1,764,000 / 3 = 60.9 bars, less 2 for the tail and a primer: 58 bars.
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(10_000), AudioParameters.DEFAULTS));

        GenerationParameters fitted = step.lengthThatFits(composerAt(80), 512L << 20);
        List<String> warnings = log.warnings();

        assertEquals(58, fitted.lengthBars());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("length 10000 bars at 80 BPM is 500 minutes of"
                + " audio"), warnings.get(0));
        assertTrue(warnings.get(0).contains("Writing 58 bars instead"), warnings.get(0));
    }

    @Test
    void aLengthThatFitsOrMidiOnlyIsKept() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(32), AudioParameters.DEFAULTS));
        AudioParameters midiOnly = new AudioParameters(AudioParameters.DEFAULTS.instrument(), "lofi", 0.5,
                AudioParameters.DEFAULTS.lofi(), false, false, false, false, null);
        GenerateStep midi = new GenerateStep(log, new GenerateRequest(null, length(10_000), midiOnly));

        assertEquals(32, step.lengthThatFits(composerAt(80), 512L << 20).lengthBars());
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
            public Evaluation evaluate(Corpus corpus, List<TokenGenerator.Track> tracks, List<List<Note>> played,
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
