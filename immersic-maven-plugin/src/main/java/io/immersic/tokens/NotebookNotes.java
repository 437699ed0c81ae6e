package io.immersic.tokens;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The notebooks' {@code notes.json}: a flat list of strings, one per onset, a single note by its name ({@code F#5}) and
 * notes sounding together by their sorted pitch classes joined by dots ({@code 0.4.7}). It has no rhythm, velocity or
 * voicing, so importing places one element every half beat (as the notebooks played them back), chords in octave 4.
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
        TreeSet<Integer> classes = new TreeSet<>();
        pitches.forEach(p -> classes.add(Math.floorMod(p, 12)));
        StringBuilder text = new StringBuilder();
        for (int pitchClass : classes) {
            text.append(text.length() == 0 ? "" : ".").append(pitchClass);
        }
        return text.toString();
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
