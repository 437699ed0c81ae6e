package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.tokens.BarNotes;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Completes a bar's first chord strike with the guide tones (root, third, seventh) the model left out, the way a
 * pianist fills in a voicing: each missing tone goes in once, at the first onset, in the octave nearest above the
 * strike's lowest note inside the register (below it when the strike sits at the top), at the strike's velocity and
 * its longest duration. Used for the chords a user asked for, so that each is heard.
 */
final class GuideToneCompletion {

    private GuideToneCompletion() {}

    /**
     * @param bar a bar's tokens: BAR, optionally its chord, then its notes
     * @return the tokens with the missing guide tones added to the first onset (the same list when none is missing or
     *         the bar has no onset)
     */
    static List<String> complete(List<String> bar, Chord chord, int low, int high, Vocabulary vocabulary) {
        BarNotes notes = BarNotes.of(bar);
        if (chord == null || notes.strikes().isEmpty()) {
            return bar;
        }
        BarNotes.Strike first = notes.strikes().get(0);
        boolean[] struck = new boolean[12];
        notes.strikes().forEach(strike -> strike.notes().forEach(note -> struck[note.pitchValue() % 12] = true));
        TreeSet<Integer> pitches = new TreeSet<>();
        BarNotes.Note longest = first.notes().get(0);
        for (BarNotes.Note note : first.notes()) {
            pitches.add(note.pitchValue());
            longest = note.durationSteps() > longest.durationSteps() ? note : longest;
        }
        boolean added = false;
        for (int pc : chord.guidePitchClasses()) {
            if (!struck[pc]) {
                int pitch = placement(pc, pitches.first(), low, high, pitches, vocabulary);
                if (pitch >= 0) {
                    pitches.add(pitch);
                    struck[pc] = true;
                    added = true;
                }
            }
        }
        if (!added) {
            return bar;
        }
        String velocity = first.notes().get(0).velocity();
        String duration = longest.duration();
        List<BarNotes.Strike> strikes = new ArrayList<>(notes.strikes());
        strikes.set(0, new BarNotes.Strike(first.position(), pitches.stream()
                .map(pitch -> new BarNotes.Note(velocity, RemiTokens.PITCH + pitch, duration)).toList()));
        return notes.withStrikes(strikes).tokens();
    }

    /**
     * The lowest pitch of class {@code pc} at or above {@code from} inside the register, else (a strike at the top of
     * the register) the highest below it; -1 when there is none.
     */
    private static int placement(int pc, int from, int low, int high, TreeSet<Integer> taken, Vocabulary vocabulary) {
        for (int pitch = Math.max(low, from); pitch <= high; pitch++) {
            if (pitch % 12 == pc && !taken.contains(pitch) && vocabulary.contains(RemiTokens.PITCH + pitch)) {
                return pitch;
            }
        }
        for (int pitch = Math.min(high, from - 1); pitch >= low; pitch--) {
            if (pitch % 12 == pc && !taken.contains(pitch) && vocabulary.contains(RemiTokens.PITCH + pitch)) {
                return pitch;
            }
        }
        return -1;
    }
}
