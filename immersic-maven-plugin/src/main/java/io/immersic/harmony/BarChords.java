package io.immersic.harmony;

import io.immersic.midi.Note;
import java.util.List;

/**
 * Names the harmony of every bar of a piece: the notes sounding in the bar, each weighted by how long it sounds
 * there (so a chord held over the bar line counts in both bars), with the lowest note sounding at the bar's first
 * onset as the bass. One chord per bar is the grain at which lo-fi progressions move and users write them.
 */
public final class BarChords {

    private BarChords() {}

    /**
     * A note counts for at most this many beats: the token stream cannot say longer notes either, and a damaged
     * file's note held for hours must not make millions of bars.
     */
    private static final double MAX_NOTE_BEATS = 16;

    /** Per bar index (0 = the bar starting at beat 0) that has notes sounding, its chord (absent when none fits). */
    public static java.util.Map<Integer, Chord> label(List<Note> notes, double beatsPerBar) {
        java.util.TreeMap<Integer, double[]> profiles = new java.util.TreeMap<>();
        java.util.Map<Integer, Double> firstOnset = new java.util.HashMap<>();
        for (Note note : notes) {
            int bar = (int) Math.floor(note.startBeat() / beatsPerBar + 1e-9);
            firstOnset.merge(bar, note.startBeat(), Math::min);
            double end = Math.min(note.endBeat(), note.startBeat() + MAX_NOTE_BEATS);
            for (int b = bar; b * beatsPerBar < end - 1e-9; b++) {
                double overlap = Math.min(end, (b + 1) * beatsPerBar) - Math.max(note.startBeat(), b * beatsPerBar);
                profiles.computeIfAbsent(b, k -> new double[12])[note.pitch() % 12] += overlap;
            }
        }
        java.util.Map<Integer, Chord> chords = new java.util.HashMap<>();
        for (var bar : profiles.entrySet()) {
            double at = firstOnset.getOrDefault(bar.getKey(), bar.getKey() * beatsPerBar);
            Chord chord = ChordDetector.label(bar.getValue(), bass(notes, at));
            if (chord != null) {
                chords.put(bar.getKey(), chord);
            }
        }
        return chords;
    }

    /** The pitch class of the lowest note sounding at {@code beat}, -1 if none. */
    private static int bass(List<Note> notes, double beat) {
        int lowest = -1;
        for (Note note : notes) {
            boolean sounding = note.startBeat() <= beat + 1e-9 && note.endBeat() > beat + 1e-9
                    && note.startBeat() + MAX_NOTE_BEATS > beat + 1e-9;
            if (sounding && (lowest < 0 || note.pitch() < lowest)) {
                lowest = note.pitch();
            }
        }
        return lowest < 0 ? -1 : lowest % 12;
    }
}
