package io.immersic.audio;

import io.immersic.cache.AtomicFiles;
import io.immersic.common.EnvironmentException;
import io.immersic.common.IoReasons;
import io.immersic.midi.MidiWriter;
import io.immersic.midi.Note;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Renders notes with a user's SF2 SoundFont through the JDK's Gervill synthesizer. Gervill renders offline only
 * through its internal {@code AudioSynthesizer.openStream}, so it runs in a forked JVM that is allowed to reach it
 * ({@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}); the build's own JVM never touches JDK
 * internals. The default soundbank is not loaded (it is generated randomly at each start); every instrument comes
 * from the given file.
 */
public final class SoundFontRenderer {

    private final Path soundFont;

    /** Checks the file before any work is done (see {@link #check}). */
    public SoundFontRenderer(Path soundFont) throws AudioException {
        check(soundFont);
        this.soundFont = soundFont.toAbsolutePath();
    }

    /** Checks that the file is a readable SF2 (an SF3 renders as silence in Gervill). */
    public static void check(Path soundFont) throws AudioException {
        String where = "The SoundFont " + soundFont + " given as {soundFont}";
        String problem = IoReasons.fileProblem(soundFont);
        if (problem != null) {
            throw new AudioException(where + " " + problem + ". Give the path of an .sf2 file, or leave {~soundFont}"
                    + " unset to use the built-in instruments.");
        }
        byte[] header = new byte[36];
        try (InputStream in = Files.newInputStream(soundFont)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < 12 || !new String(header, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                    || !new String(header, 8, 4, StandardCharsets.US_ASCII).equals("sfbk")) {
                throw new AudioException(where + " is not a SoundFont (no RIFF sfbk header).");
            }
        } catch (IOException e) {
            throw new AudioException(where + " cannot be read: " + IoReasons.describe(e) + ".", e);
        }
        boolean sf3 = soundFont.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sf3")
                || (new String(header, 24, 4, StandardCharsets.US_ASCII).equals("ifil") && (header[32] & 0xFF) >= 3);
        if (sf3) {
            throw new AudioException(where + " is an SF3 (compressed) SoundFont, which the JDK's Gervill synthesizer"
                    + " renders as silence. Convert it to SF2 (for example with Polyphone), or leave {~soundFont} unset.");
        }
    }

    /**
     * The notes rendered with the SoundFont: 44.1 kHz stereo, long enough for the notes and their release, in a PCM
     * file in {@code scratch} (read a block at a time, deleted when closed). The renderer's MIDI and log are scratch
     * files there too, deleted when it is done.
     */
    public PcmFile render(List<Note> notes, double bpm, double beatsPerBar, int program, Path scratch)
            throws AudioException, EnvironmentException {
        double lastEnd = notes.stream().mapToDouble(Note::endBeat).max().orElse(0);
        int frames = StereoBuffer.frames(lastEnd * 60.0 / bpm + TrackRenderer.TAIL_SECONDS);
        Path midi = null;
        Path log = null;
        Path pcm = null;
        try {
            midi = AtomicFiles.scratchFile(scratch, "soundfont.mid");
            log = AtomicFiles.scratchFile(scratch, "soundfont-log.txt");
            pcm = AtomicFiles.scratchFile(scratch, "soundfont.pcm");
            Files.write(midi, new MidiWriter().write(notes, bpm, beatsPerBar, program, "soundfont"));
            runGervill(midi, pcm, frames, log);
            PcmFile rendered = new PcmFile(pcm, frames);
            pcm = null; // the PCM file's own now
            return rendered;
        } catch (IOException e) {
            // the scratch folder or the renderer's process: the machine's problem, not the SoundFont's
            throw new EnvironmentException("Rendering with the SoundFont " + soundFont + " failed: "
                    + IoReasons.describe(e), e);
        } finally {
            deleteQuietly(midi, log, pcm);
        }
    }

    private void runGervill(Path midi, Path pcm, int frames, Path log) throws IOException, AudioException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "--add-exports", "java.desktop/com.sun.media.sound=ALL-UNNAMED",
                "-cp", ownClasspath(), GervillMain.class.getName(),
                soundFont.toString(), midi.toString(), pcm.toString(), Integer.toString(frames)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long timeoutSeconds = 60 + frames / StereoBuffer.SAMPLE_RATE * 2L;
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AudioException("Rendering with the SoundFont " + soundFont + " did not finish within "
                        + timeoutSeconds + " s.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AudioException("Rendering with the SoundFont " + soundFont + " was interrupted.");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(pcm)) {
            String output = Files.isRegularFile(log) ? Files.readString(log).strip() : "";
            throw new AudioException("Rendering with the SoundFont " + soundFont + " failed: "
                    + (output.isEmpty() ? "exit code " + process.exitValue() : output));
        }
    }

    /** Where this class was loaded from: the plugin's jar (or classes folder); Gervill needs nothing else. */
    private static String ownClasspath() throws AudioException {
        try {
            return Path.of(GervillMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new AudioException("Cannot locate the plugin's classes to start the SoundFont renderer.");
        }
    }

    private static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // A leftover scratch file is harmless, and the next build removes it (AtomicFiles.removeLeftovers).
            }
        }
    }
}
