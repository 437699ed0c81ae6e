package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VoiceTest {

    private static StereoBuffer play(Instrument instrument, int pitch, int velocity) {
        return Signals.play(instrument.voice(1), 1.5, new Note(pitch, velocity, 0, 1.0, 0));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void aRenderedA4Measures440Hz(Instrument instrument) {
        StereoBuffer a4 = play(instrument, 69, 90);
        double hz = Signals.peakFrequency(a4.left, StereoBuffer.frames(0.05), StereoBuffer.frames(0.55), 330, 660);
        assertEquals(440.0, hz, 1.0, instrument + " A4");
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void aHarderStrikeIsLouder(Instrument instrument) {
        double soft = Signals.rms(play(instrument, 60, 40).left);
        double hard = Signals.rms(play(instrument, 60, 110).left);
        assertTrue(hard > soft * 1.5, instrument + ": soft " + soft + ", hard " + hard);
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void aNoteRingsOutAfterItsReleaseInsteadOfStoppingDead(Instrument instrument) {
        StereoBuffer out = play(instrument, 60, 90);
        int release = StereoBuffer.frames(1.0);
        float[] justAfter = java.util.Arrays.copyOfRange(out.left, release, release + 2205);
        float[] later = java.util.Arrays.copyOfRange(out.left, release + StereoBuffer.frames(0.4),
                release + StereoBuffer.frames(0.45));
        assertTrue(Signals.rms(justAfter) > 0.001, "still sounding right after the key is released");
        assertTrue(Signals.rms(later) < Signals.rms(justAfter), "and fading");
    }
}
