package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundFontRendererTest {

    @TempDir
    Path temp;

    @Test
    void rendersAnA4WithTheSoundFontsOwnSampleAt440Hz() throws Exception {
        Path sf2 = Files.write(temp.resolve("sine.sf2"), SoundFontBytes.sineA4());
        SoundFontRenderer renderer = new SoundFontRenderer(sf2);

        StereoBuffer a4;
        try (PcmFile pcm = renderer.render(List.of(new Note(69, 100, 0, 2, 0)), 120, 4, 0, temp)) {
            a4 = Signals.whole(pcm);
        }

        assertEquals(StereoBuffer.frames(1.0 + TrackRenderer.TAIL_SECONDS), a4.frames());
        try (var files = Files.list(temp)) {
            assertEquals(List.of(sf2), files.toList(), "the renderer's scratch files are gone");
        }
        assertTrue(Signals.rms(a4.left) > 0.01, "the SoundFont's sample is heard");
        double hz = Signals.peakFrequency(a4.left, StereoBuffer.frames(0.1), StereoBuffer.frames(0.6), 330, 660);
        assertEquals(440.0, hz, 1.0);
        StereoBuffer again;
        try (PcmFile pcm = renderer.render(List.of(new Note(69, 100, 0, 2, 0)), 120, 4, 0, temp)) {
            again = Signals.whole(pcm);
        }
        assertArrayEquals(a4.left, again.left, "Gervill without its random default soundbank is reproducible");
    }

    @Test
    void aMissingSoundFontIsNamed() {
        Path missing = temp.resolve("fonts/none.sf2");
        AudioException e = assertThrows(AudioException.class, () -> new SoundFontRenderer(missing));
        assertTrue(e.getMessage().startsWith("The SoundFont " + missing + " given as soundFont "), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void anSf3IsRefusedBecauseGervillWouldRenderSilence() throws Exception {
        Path sf3 = Files.write(temp.resolve("piano.sf3"), SoundFontBytes.sineA4());
        AudioException e = assertThrows(AudioException.class, () -> new SoundFontRenderer(sf3));
        assertTrue(e.getMessage().contains("SF3"), e.getMessage());
        assertTrue(e.getMessage().contains("silence"), e.getMessage());
    }

    @Test
    void aFileThatIsNotASoundFontIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("readme.sf2"), "not a soundfont");
        AudioException e = assertThrows(AudioException.class, () -> new SoundFontRenderer(text));
        assertTrue(e.getMessage().contains("is not a SoundFont"), e.getMessage());
    }
}
