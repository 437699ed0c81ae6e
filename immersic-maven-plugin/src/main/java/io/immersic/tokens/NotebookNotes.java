package io.immersic.tokens;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The notebooks' {@code notes.json}: a flat list of strings, one per onset, a single note by its name ({@code F#5}) and
 * notes sounding together by their pitch classes in music21's normal order joined by dots ({@code 0.4.7},
 * {@code 6.9.11.1.2}). It has no rhythm, velocity or voicing, so importing places one element every half beat (as the
 * notebooks played them back), chords in octave 4, whatever the order of their pitch classes.
 */
public final class NotebookNotes {

    public static final double STEP_BEATS = 0.5;
    public static final int IMPORT_VELOCITY = 80;
    private static final int CHORD_OCTAVE_BASE = 60;

    private NotebookNotes() {}

    /** The notebook strings for a list of notes: notes with the same (1/12-beat) onset form one element. */
    public static List<String> export(List<Note> notes) {
        List<String> elements = new ArrayList<>();
        int i = 0;
        while (i < notes.size()) {
            long onset = Math.round(notes.get(i).startBeat() * RemiTokens.STEPS_PER_BEAT);
            int j = i;
            TreeSet<Integer> pitches = new TreeSet<>();
            while (j < notes.size() && Math.round(notes.get(j).startBeat() * RemiTokens.STEPS_PER_BEAT) == onset) {
                pitches.add(notes.get(j).pitch());
                j++;
            }
            elements.add(pitches.size() == 1 ? NoteNames.name(pitches.first()) : pitchClassSet(pitches));
            i = j;
        }
        return elements;
    }

    private static String pitchClassSet(TreeSet<Integer> pitches) {
        StringBuilder text = new StringBuilder();
        for (int pitchClass : normalOrder(pitches)) {
            text.append(text.length() == 0 ? "" : ".").append(pitchClass);
        }
        return text.toString();
    }

    /**
     * The distinct pitch classes of {@code pitches} (MIDI numbers or pitch classes) in the order music21's
     * {@code Chord.normalOrder} gives them: {@code [6, 9, 11, 1, 2]} for {1, 2, 6, 9, 11}, {@code [11, 2, 5, 7]} for G7.
     * That is Forte's normal order: the rotation with the smallest span, ties going to the smaller interval from the
     * first pitch class to the second, then to the third, and so on; rotations still tied (as in {0, 3, 6, 9}) are
     * the same form, and the one starting on the lowest pitch class wins.
     *
     * <p>Why this matches: music21 looks the set's class up in its Forte tables and transposes the stored form to
     * start on the lowest of the set's pitch classes that gives the set back. The stored forms are Forte's prime forms
     * and, for the inverted half of a class, the inversion's normal form; both are the rotation chosen here, checked
     * against music21's tables (11.0) for all 4095 non-empty sets. music21 before early 2024 (its PR #1664) stored
     * mirrored prime forms for the inverted half instead, so 204 sets came out differently, among them C-E-G#-B
     * ({@code [4, 8, 11, 0]}, now {@code [8, 11, 0, 4]}) and the dominant sevenths with a flat or sharp ninth.
     */
    static List<Integer> normalOrder(Collection<Integer> pitches) {
        int[] set = pitches.stream().mapToInt(p -> Math.floorMod(p, 12)).distinct().sorted().toArray();
        int first = 0;
        for (int start = 1; start < set.length; start++) {
            if (Arrays.compare(packing(set, start), packing(set, first)) < 0) { // a tie keeps the lower start
                first = start;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            order.add(set[(first + i) % set.length]);
        }
        return order;
    }

    /**
     * What ranks the rotation of a sorted set that starts at index {@code start}, smallest first: its span, then the
     * intervals from its first pitch class up to the second, the third, and so on.
     */
    private static int[] packing(int[] set, int start) {
        int n = set.length;
        int[] key = new int[n];
        for (int i = 1; i < n; i++) {
            key[i] = Math.floorMod(set[(start + i) % n] - set[start], 12);
        }
        key[0] = key[n - 1]; // the span comes first; key[1..] are the intervals above the first pitch class
        return key;
    }

    /**
     * Notes for notebook strings, one element every half beat, each half a beat long.
     *
     * @throws IllegalArgumentException naming the element's position when one is neither a note nor a chord
     */
    public static List<Note> toNotes(List<String> elements) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String element = elements.get(i) == null ? "" : elements.get(i).trim();
            double onset = i * STEP_BEATS;
            try {
                if (!element.isEmpty() && Character.isDigit(element.charAt(0))) {
                    for (String part : element.split("\\.")) {
                        int pitchClass = Integer.parseInt(part);
                        if (pitchClass < 0 || pitchClass > 11) {
                            throw new IllegalArgumentException("pitch class " + pitchClass + " is not 0..11");
                        }
                        notes.add(new Note(CHORD_OCTAVE_BASE + pitchClass, IMPORT_VELOCITY, onset, STEP_BEATS, 0));
                    }
                } else {
                    notes.add(new Note(NoteNames.parse(element), IMPORT_VELOCITY, onset, STEP_BEATS, 0));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("element " + (i + 1) + " ('" + element + "'): " + e.getMessage(), e);
            }
        }
        return notes;
    }
}
