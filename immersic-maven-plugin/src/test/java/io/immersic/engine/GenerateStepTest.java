package io.immersic.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
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
    void aLengthLongerThanAWavHoldsIsCutWithAWarning() throws Exception {
        // 80 BPM in 4/4: 3 s a bar. A WAV holds 536,608,767 frames, 12,168 s: less the 3 s tail, 4,054 bars, less 2
        // for notes ringing past the last bar and a primer: 4,052 bars. The heap's size no longer matters.
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(10_000), AudioParameters.DEFAULTS));

        GenerationParameters fitted = step.lengthThatFits(composerAt(80));
        List<String> warnings = log.warnings();

        assertEquals(4_052, fitted.lengthBars());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("length 10000 bars at 80 BPM is 500 minutes of audio, and a WAV"
                + " holds at most 203 minutes. Writing 4052 bars instead; for the full length, write FLAC alone"
                + " (formats=flac, up to 13.5 hours) or MIDI alone (formats=none)"), warnings.get(0));
    }

    @Test
    void aFlacAloneHoldsLongerAndIsCutOnlyPastThat() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateStep flac = new GenerateStep(log, new GenerateRequest(null, length(10_000), audio(false, true)));

        assertEquals(10_000, flac.lengthThatFits(composerAt(80)).lengthBars(), "8 h 20 min: a FLAC holds it");
        assertEquals(List.of(), log.warnings());
        // 20 BPM: 12 s a bar, 10,000 bars are 33 hours; 2^31 frames are 48,695 s: 4,057 bars, less 2.
        assertEquals(4_055, flac.lengthThatFits(composerAt(20)).lengthBars());
        assertTrue(log.warnings().get(0).contains("a FLAC holds at most 812 minutes. Writing 4055 bars instead; for"
                + " the full length, write MIDI alone (formats=none)"), log.warnings().get(0));
    }

    @Test
    void aLengthThatFitsOrMidiOnlyIsKept() throws Exception {
        RecordingLog log = new RecordingLog();
        GenerateStep step = new GenerateStep(log, new GenerateRequest(null, length(4_000), AudioParameters.DEFAULTS));
        GenerateStep midi = new GenerateStep(log, new GenerateRequest(null, length(10_000), audio(false, false)));

        assertEquals(4_000, step.lengthThatFits(composerAt(80)).lengthBars());
        assertEquals(10_000, midi.lengthThatFits(composerAt(20)).lengthBars());
        assertEquals(List.of(), log.warnings());
    }

    private static AudioParameters audio(boolean wav, boolean flac) {
        return new AudioParameters(AudioParameters.DEFAULTS.instrument(), DrumSource.LOFI, 0.5,
                AudioParameters.DEFAULTS.lofi(), wav, flac, false, false, null);
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
