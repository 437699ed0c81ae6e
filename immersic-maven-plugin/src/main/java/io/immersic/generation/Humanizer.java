package io.immersic.generation;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays the notes the way a pianist would: velocities shaped by the beat (the downbeat leans, off-beats are lighter),
 * the top note of a chord sung out a little, and a small seeded variation on every note. The model's velocity bins
 * stay the base, so a corpus with dynamics keeps them; a corpus played at one velocity still comes out alive.
 */
public final class Humanizer {

    static final int VARIATION = 2;
    private static final int DOWNBEAT_ACCENT = 3;
    private static final int OFFBEAT_SOFTENING = 2;
    private static final int TOP_NOTE_ACCENT = 2;

    private Humanizer() {}

    /** The notes with humanized velocities; onsets, pitches and durations are untouched. */
    public static List<Note> apply(List<Note> notes, double beatsPerBar, long seed) {
        return apply(notes, beatsPerBar, List.of(), seed);
    }

    /**
     * The same, each note also raised by its bar's level (the section's dynamics: a lifted B, a soft intro and outro;
     * bars past the list's end are not changed).
     */
    public static List<Note> apply(List<Note> notes, double beatsPerBar, List<Integer> barLevels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Note> out = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            int velocity = note.velocity() + accent(note.startBeat(), beatsPerBar)
                    + (isTopOfChord(notes, i) ? TOP_NOTE_ACCENT : 0)
                    + random.nextInt(-VARIATION, VARIATION + 1) + level(barLevels, note.startBeat(), beatsPerBar);
            out.add(new Note(note.pitch(), Math.max(1, Math.min(127, velocity)), note.startBeat(),
                    note.durationBeats(), note.channel()));
        }
        return out;
    }

    private static int level(List<Integer> barLevels, double beat, double beatsPerBar) {
        int bar = (int) Math.floor(beat / beatsPerBar + 1e-9);
        return bar >= 0 && bar < barLevels.size() ? barLevels.get(bar) : 0;
    }

    private static int accent(double beat, double beatsPerBar) {
        double inBar = beat - Math.floor(beat / beatsPerBar + 1e-9) * beatsPerBar;
        if (Math.abs(inBar) < 1e-6) {
            return DOWNBEAT_ACCENT;
        }
        boolean onBeat = Math.abs(inBar - Math.rint(inBar)) < 1e-6;
        return onBeat ? 0 : -OFFBEAT_SOFTENING;
    }

    /** True for the highest of several notes struck together (notes are sorted by onset, then pitch). */
    private static boolean isTopOfChord(List<Note> notes, int i) {
        double onset = notes.get(i).startBeat();
        boolean lowerAtOnset = i > 0 && Math.abs(notes.get(i - 1).startBeat() - onset) < 1e-9;
        boolean higherAtOnset = i + 1 < notes.size() && Math.abs(notes.get(i + 1).startBeat() - onset) < 1e-9;
        return lowerAtOnset && !higherAtOnset;
    }
}
