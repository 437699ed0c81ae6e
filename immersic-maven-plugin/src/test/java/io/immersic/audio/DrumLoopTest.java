package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrumLoopTest {

    @TempDir
    Path temp;

    /** A mono 22.05 kHz loop of 1.9 s with a click every half second: a bar at about 126 BPM. */
    private Path clickLoop() throws Exception {
        int rate = 22_050;
        int frames = (int) (1.9 * rate);
        byte[] pcm = new byte[frames * 2];
        for (double click = 0; click < 1.9; click += 0.5) {
            int at = (int) Math.round(click * rate);
            for (int k = 0; k < 40; k++) {
                short v = (short) (20_000 * (1 - k / 40.0));
                pcm[2 * (at + k)] = (byte) v;
                pcm[2 * (at + k) + 1] = (byte) (v >> 8);
            }
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        Path file = temp.resolve("loop.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    @Test
    void aUserLoopIsConvertedStretchedToWholeBarsAndRepeated() throws Exception {
        // At 120 BPM a 4/4 bar lasts 2 s: the 1.9 s loop becomes one 2 s bar, repeated under a 5 s track.
        StereoBuffer cycle = DrumLoop.fit(clickLoop(), 120, 4);
        StereoBuffer drums = new StereoBuffer(StereoBuffer.frames(5));
        DrumLoop.play(cycle, new int[] {0}, drums.frames(), 1).render(drums, 0, drums.frames());

        assertEquals(StereoBuffer.frames(2), cycle.frames());
        for (double expected : new double[] {0, 2.0 * 0.5 / 1.9, 2.0, 2.0 + 2.0 * 1.5 / 1.9, 4.0}) {
            int from = StereoBuffer.frames(expected) - 50;
            int onset = Math.max(0, from);
            while (drums.left[onset] < 0.3) {
                onset++;
            }
            assertEquals(expected, onset / (double) StereoBuffer.SAMPLE_RATE, 0.001, "click at " + expected);
            assertEquals(drums.left[onset], drums.right[onset], "mono becomes both channels");
        }
    }

    @Test
    void aMissingLoopIsNamedWithItsParameter() {
        Path missing = temp.resolve("beats/none.wav");
        AudioException e = assertThrows(AudioException.class, () -> DrumLoop.fit(missing, 90, 4));
        assertTrue(e.getMessage().startsWith("The drum loop " + missing + " given as drums "), e.getMessage());
    }
}
