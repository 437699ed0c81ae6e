package io.immersic.harmony;

import io.immersic.midi.MetreMap;
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
        return label(notes, MetreMap.constant(beatsPerBar));
    }

    /** The same, with bars that follow the piece's time signatures. */
    public static java.util.Map<Integer, Chord> label(List<Note> notes, MetreMap metre) {
        java.util.TreeMap<Integer, double[]> profiles = new java.util.TreeMap<>();
        java.util.Map<Integer, Double> firstOnset = new java.util.HashMap<>();
        for (Note note : notes) {
            int bar = metre.barAt(note.startBeat());
            firstOnset.merge(bar, note.startBeat(), Math::min);
            double end = Math.min(note.endBeat(), note.startBeat() + MAX_NOTE_BEATS);
            // Only the bars the note sounds in: bounded by barAt, which caps far-out beats at one bar, so a note
            // past that cap cannot walk (and allocate) bar by bar from the cap up to itself.
            int last = metre.barAt(Math.max(note.startBeat(), end - 1e-9));
            for (int b = bar; b <= last && metre.barStart(b) < end - 1e-9; b++) {
                double overlap = Math.min(end, metre.barEnd(b)) - Math.max(note.startBeat(), metre.barStart(b));
                profiles.computeIfAbsent(b, k -> new double[12])[note.pitch() % 12] += Math.max(0, overlap);
            }
        }
        List<Note> byOnset = new java.util.ArrayList<>(notes);
        byOnset.sort(java.util.Comparator.comparingDouble(Note::startBeat));
        java.util.Map<Integer, Chord> chords = new java.util.HashMap<>();
        for (var bar : profiles.entrySet()) {
            double at = firstOnset.getOrDefault(bar.getKey(), metre.barStart(bar.getKey()));
            Chord chord = ChordDetector.label(bar.getValue(), bass(byOnset, at));
            if (chord != null) {
                chords.put(bar.getKey(), chord);
            }
        }
        return chords;
    }

    /**
     * The pitch class of the lowest note sounding at {@code beat}, -1 if none. Only notes that start in the
     * {@value #MAX_NOTE_BEATS} beats before can sound, so a binary search keeps this fast on files of many bars.
     */
    private static int bass(List<Note> byOnset, double beat) {
        int low = 0;
        int high = byOnset.size();
        while (low < high) { // the first note starting at or after beat - MAX_NOTE_BEATS
            int middle = (low + high) >>> 1;
            if (byOnset.get(middle).startBeat() < beat - MAX_NOTE_BEATS) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int lowest = -1;
        for (int i = low; i < byOnset.size() && byOnset.get(i).startBeat() <= beat + 1e-9; i++) {
            Note note = byOnset.get(i);
            boolean sounding = note.endBeat() > beat + 1e-9 && note.startBeat() + MAX_NOTE_BEATS > beat + 1e-9;
            if (sounding && (lowest < 0 || note.pitch() < lowest)) {
                lowest = note.pitch();
            }
        }
        return lowest < 0 ? -1 : lowest % 12;
    }
}
