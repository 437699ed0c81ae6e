package io.immersic.audio;

import io.immersic.band.Part;
import io.immersic.midi.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A four-part band over a ii–V–I–vi, repeated for any number of bars: what the band generator writes, roughly. */
final class Band {

    private Band() {}

    static Map<Part, List<Note>> parts(int bars) {
        Map<Part, List<Note>> parts = new EnumMap<>(Part.class);
        List<Note> keys = new ArrayList<>();
        List<Note> bass = new ArrayList<>();
        List<Note> melody = new ArrayList<>();
        List<Note> drums = new ArrayList<>();
        int[][] chords = {{50, 53, 57, 60, 64}, {43, 53, 57, 59, 64}, {48, 52, 55, 59, 62}, {45, 55, 60, 64, 67}};
        int[] roots = {38, 31, 36, 33};
        for (int bar = 0; bar < bars; bar++) {
            int c = bar % 4;
            double at = bar * 4;
            for (int pitch : chords[c]) {
                keys.add(new Note(pitch, 70, at, 3.5, 0));
            }
            bass.add(new Note(roots[c], 96, at, 1.5, 1));
            bass.add(new Note(roots[c], 80, at + 2.5, 1.0, 1));
            bass.add(new Note(roots[c] + 7, 84, at + 3.5, 0.5, 1));
            melody.add(new Note(72 + c, 88, at + 1.5, 0.5, 2));
            melody.add(new Note(76, 80, at + 2 + 2.0 / 3, 1.0, 2));
            for (int beat = 0; beat < 4; beat++) {
                drums.add(new Note(beat % 2 == 0 ? 36 : 38, beat == 0 ? 110 : 90, at + beat, 0.25, 9));
                drums.add(new Note(bar % 8 < 4 ? 42 : 51, 70, at + beat, 0.25, 9));
                drums.add(new Note(bar % 8 < 4 ? 42 : 51, 45, at + beat + 0.62, 0.25, 9));
            }
            drums.add(new Note(46, 60, at + 3.62, 0.25, 9));
            if (bar % 8 == 0) {
                drums.add(new Note(49, 90, at, 0.25, 9));
            }
        }
        parts.put(Part.KEYS, keys);
        parts.put(Part.BASS, bass);
        parts.put(Part.MELODY, melody);
        parts.put(Part.DRUMS, drums);
        return parts;
    }

    static AudioParameters parameters(LofiPreset lofi, boolean stems, boolean loop) {
        return new AudioParameters(Instrument.RHODES, DrumSource.LOFI, AudioParameters.DEFAULT_DRUM_LEVEL, lofi, true,
                false, stems, loop, null);
    }

    /** The tests' renders keep their tapes here (a tape's file has no name once open: the folder stays empty). */
    private static Path scratch;

    static TrackRenderer renderer(AudioParameters p) throws IOException {
        return renderer(p, TrackRenderer.BLOCK_FRAMES);
    }

    /** A renderer that renders {@code blockFrames} at a time. */
    static synchronized TrackRenderer renderer(AudioParameters p, int blockFrames) throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("immersic-render-test");
            scratch.toFile().deleteOnExit();
        }
        return new TrackRenderer(p, Part.KEYS.program(), scratch, blockFrames);
    }

    static RenderedTrack render(AudioParameters p, int bars, long seed) throws Exception {
        return renderer(p).render(parts(bars), 80, 4, bars, List.of(0), seed);
    }
}
