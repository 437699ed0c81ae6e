package io.immersic.benchmark;

import io.immersic.audio.AudioParameters;
import io.immersic.audio.DrumSource;
import io.immersic.audio.FlacWriter;
import io.immersic.audio.Instrument;
import io.immersic.audio.LofiPreset;
import io.immersic.audio.RenderedTrack;
import io.immersic.audio.TrackRenderer;
import io.immersic.audio.WavMetadata;
import io.immersic.audio.WavWriter;
import io.immersic.band.Part;
import io.immersic.cache.Fingerprint;
import io.immersic.midi.Note;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the SHA-256 of rendered WAVs (every voice and lo-fi preset, loop and not), so that renders on two JDKs can
 * be compared: {@code JAVA_HOME=<other JDK> mvn -Pbenchmark ... -Dexec.mainClass=...}; see
 * src/site/markdown/benchmark.md.
 */
public final class RenderDigest {

    public static void main(String[] args) throws Exception {
        List<Note> notes = new ArrayList<>();
        int[][] chords = {{50, 53, 57, 60, 64}, {43, 53, 57, 59, 64}, {48, 52, 55, 59, 62}, {45, 55, 60, 64, 67}};
        for (int bar = 0; bar < 4; bar++) {
            for (int pitch : chords[bar]) {
                notes.add(new Note(pitch, 60 + bar * 10, bar * 4, 3.5, 0));
            }
            notes.add(new Note(72 + bar, 100, bar * 4 + 1.5, 0.5 + bar / 3.0, 0));
        }
        System.out.println("java " + System.getProperty("java.version"));
        Path scratch = Files.createTempDirectory("immersic-render-digest");
        scratch.toFile().deleteOnExit(); // a tape's file has no name once open: the folder stays empty
        for (Instrument instrument : Instrument.values()) {
            for (LofiPreset lofi : LofiPreset.values()) {
                for (boolean loop : new boolean[] {false, true}) {
                    AudioParameters p = new AudioParameters(instrument, DrumSource.LOFI, 0.5, lofi, true, true, true,
                            loop, null);
                    try (RenderedTrack track = new TrackRenderer(p, Part.KEYS.program(), scratch)
                            .render(io.immersic.audio.DrumBed.withBed(notes, 4, 4, 83, 17), 83, 4, 4, List.of(0), 17)) {
                        ByteArrayOutputStream wav = new ByteArrayOutputStream();
                        WavWriter.write(track.mix(), new WavMetadata(loop, List.of(), null), wav);
                        ByteArrayOutputStream flac = new ByteArrayOutputStream();
                        FlacWriter.write(track.mix(), flac);
                        System.out.printf("%s %s loop=%s wav %s flac %s%n", instrument, lofi, loop,
                                Fingerprint.sha256Hex(wav.toByteArray()).substring(0, 16),
                                Fingerprint.sha256Hex(flac.toByteArray()).substring(0, 16));
                    }
                }
            }
        }
    }
}
