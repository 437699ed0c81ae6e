package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.harmony.StrictChords;
import io.immersic.tokens.BarNotes;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes fragments out of a bar's strikes the way a pianist's hand would not play them: a strike of three or more
 * pitch classes that is no conventional chord ({@link StrictChords}, e.g. C-D-E, root-9-3) loses its notes outside
 * the bar's chord, then, while it is still no chord, its top note that is no guide tone of the chord (root, third,
 * seventh: a hand drops a colour before what makes the chord). What is left is a chord, or an interval.
 */
final class StrikeRepair {

    private StrikeRepair() {}

    /** @return the bar with its fragments repaired (the same list when every strike is a chord or an interval) */
    static List<String> repair(List<String> bar, Chord chord) {
        BarNotes notes = BarNotes.of(bar);
        List<BarNotes.Strike> repaired = new ArrayList<>();
        boolean changed = false;
        for (BarNotes.Strike strike : notes.strikes()) {
            List<BarNotes.Note> kept = repaired(strike.notes(), chord);
            changed |= kept.size() != strike.notes().size();
            repaired.add(new BarNotes.Strike(strike.position(), kept));
        }
        return changed ? notes.withStrikes(repaired).tokens() : bar;
    }

    private static List<BarNotes.Note> repaired(List<BarNotes.Note> strike, Chord chord) {
        List<BarNotes.Note> kept = new ArrayList<>(strike);
        if (!playable(kept) && chord != null) {
            boolean[] tones = chord.pitchClasses();
            List<BarNotes.Note> chordTones = kept.stream().filter(note -> tones[note.pitchValue() % 12]).toList();
            if (chordTones.size() >= 2) {
                kept = new ArrayList<>(chordTones);
            }
        }
        while (!playable(kept)) {
            kept.remove(topmostDroppable(kept, chord));
        }
        return kept;
    }

    /** The top note that is no guide tone of the chord (a hand drops a colour before the third), else the top. */
    private static int topmostDroppable(List<BarNotes.Note> notes, Chord chord) {
        if (chord != null) {
            int[] guides = chord.guidePitchClasses();
            for (int i = notes.size() - 1; i >= 0; i--) {
                int pc = notes.get(i).pitchValue() % 12;
                if (java.util.Arrays.stream(guides).noneMatch(guide -> guide == pc)) {
                    return i;
                }
            }
        }
        return notes.size() - 1; // notes rise: the last is the top
    }

    private static boolean playable(List<BarNotes.Note> notes) {
        boolean[] set = new boolean[12];
        int classes = 0;
        for (BarNotes.Note note : notes) {
            int pc = note.pitchValue() % 12;
            classes += set[pc] ? 0 : 1;
            set[pc] = true;
        }
        return classes < StrictChords.MIN_PITCH_CLASSES || StrictChords.conventional(set);
    }
}
