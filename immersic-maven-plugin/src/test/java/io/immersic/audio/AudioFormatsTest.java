package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.immersic.common.SettingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioFormatsTest {

    @Test
    void bothMeansWavAndFlac() {
        assertEquals(new AudioFormats(true, true), AudioFormats.parse(List.of("both")));
        assertEquals(new AudioFormats(true, true), AudioFormats.parse(List.of("WAV", " flac ")));
    }

    @Test
    void noneMidAndMidiWriteMidiOnly() {
        for (String midiOnly : List.of("none", "mid", "midi")) {
            assertEquals(new AudioFormats(false, false), AudioFormats.parse(List.of(midiOnly)), midiOnly);
        }
        assertEquals(new AudioFormats(true, false), AudioFormats.parse(List.of("wav")));
    }

    @Test
    void theFormatsAreSpelledAsTheSettingTakesThem() {
        for (String formats : List.of("wav,flac", "wav", "flac", "none")) {
            assertEquals(formats, AudioFormats.parse(List.of(formats.split(","))).toString());
        }
    }

    @Test
    void anUnknownFormatIsNamedWithTheAcceptedOnes() {
        SettingException e = assertThrows(SettingException.class, () -> AudioFormats.parse(List.of("wav", "mp3")));
        assertEquals("formats", e.parameter());
        assertEquals("formats is [wav, mp3]: 'mp3' is not a format; it takes wav, flac, both"
                + " (wav and flac) or none (also mid or midi), e.g. formats=wav,flac. MIDI is always"
                + " written.", e.getMessage());
    }
}
