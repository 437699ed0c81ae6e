package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.immersic.common.SettingException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DrumSourceTest {

    private static final Path PROJECT = Path.of("/work/game").toAbsolutePath();

    @Test
    void noneAndLofiInAnyCaseAndUnsetIsNone() {
        assertEquals(DrumSource.NONE, DrumSource.parse(" None ", PROJECT));
        assertEquals(DrumSource.NONE, DrumSource.parse(null, PROJECT));
        assertEquals(DrumSource.LOFI, DrumSource.parse("LOFI", PROJECT));
        assertEquals("lofi", DrumSource.LOFI.toString());
    }

    @Test
    void aLoopIsMadeAbsoluteAgainstTheProjectsFolder() {
        DrumSource relative = DrumSource.parse(" drums/loop.wav ", PROJECT);
        assertEquals(new DrumSource(DrumSource.Kind.LOOP, PROJECT.resolve("drums/loop.wav")), relative);
        assertEquals(PROJECT.resolve("drums/loop.wav").toString(), relative.toString());
        Path absolute = Path.of("/sounds/loop.wav").toAbsolutePath();
        assertEquals(absolute, DrumSource.parse(absolute.toString(), PROJECT).loop());
    }

    @Test
    void anEmptyValueNamesTheSettingAndWhatItTakes() {
        SettingException e = assertThrows(SettingException.class, () -> DrumSource.parse("  ", PROJECT));
        assertEquals("drums", e.parameter());
        assertEquals("drums is empty; it must be none, lofi or the path of a WAV drum loop.", e.getMessage());
    }

    @Test
    void aValueThatIsNoPathNamesTheSettingAndWhatItTakes() {
        SettingException e = assertThrows(SettingException.class, () -> DrumSource.parse("loop\0.wav", PROJECT));
        assertEquals("drums", e.parameter());
        assertEquals("drums is 'loop\0.wav', which is not a path (Nul character not allowed); it must be none, lofi"
                + " or the path of a WAV drum loop.", e.getMessage());
    }
}
