package io.immersic.generation;

import io.immersic.harmony.Chord;
import io.immersic.harmony.StrictChords;
import io.immersic.tokens.BarNotes;
import io.immersic.tokens.RemiTokens;
import io.immersic.tokens.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Completes a bar's first strike with the tones of the bar's chord that the bar leaves out, the way a pianist fills
 * in a voicing of the chord on the chart. A chord token says how the bar sounds: the corpus's bars sound 95 % of their
 * chord's tones (83 % every one), where the model, writing a bar after its chord, sounded 82 % (42 %), so a bar marked
 * Dm11 often played a Dm7 or less. The guide tones (root, third, seventh) go in the octave nearest above the strike's
 * lowest note inside the register (below it when the strike sits at the top); the colour tones (fifth, sixths,
 * ninths, elevenths) go a fifth or more above it, where no other note of the strike lies a semitone away and they
 * do not turn a conventional chord into a fragment. The notes the model wrote keep their velocity and duration; an
 * added tone is played as the bar's notes above the strike's lowest are (the median of their velocity bins and of
 * their durations): the right hand's touch. Played as the whole strike at its first note's velocity and its longest
 * duration, usually a bass held through the bar, completed strikes became whole-bar chords (chord notes of three
 * beats or more: 50 % of the generated against 22 % of the corpus's; 43 % played as the right hand). A bar with no
 * other note gives the added tones the strike's first velocity and longest duration.
 */
final class ChordCompletion {

    /** Colour tones sit at least a fifth above the strike's lowest note: a second above the bass is mud. */
    private static final int COLOUR_ABOVE_BASS = 7;
    private static final int FIFTH = 7;
    private static final Comparator<BarNotes.Note> BY_DURATION = Comparator.comparingInt(BarNotes.Note::durationSteps);

    private ChordCompletion() {}

    /**
     * @param bar a bar's tokens: BAR, optionally its chord, then its notes
     * @param mostKeys the most notes the strike may have (the hands' largest strike): tones that would make it larger
     *                 are left out, the colour tones before the guide tones
     * @return the tokens with the missing tones added to the first onset (the same list when none is missing or the
     *         bar has no onset)
     */
    static List<String> complete(List<String> bar, Chord chord, int low, int high, int mostKeys,
                                 Vocabulary vocabulary) {
        BarNotes notes = BarNotes.of(bar);
        if (chord == null || notes.strikes().isEmpty()) {
            return bar;
        }
        BarNotes.Strike first = notes.strikes().get(0);
        boolean[] struck = new boolean[12];
        notes.strikes().forEach(strike -> strike.notes().forEach(note -> struck[note.pitchValue() % 12] = true));
        TreeSet<Integer> pitches = new TreeSet<>();
        first.notes().forEach(note -> pitches.add(note.pitchValue()));
        int bass = pitches.first();
        boolean added = false;
        for (int pc : chord.guidePitchClasses()) {
            if (!struck[pc] && pitches.size() < mostKeys) {
                int pitch = guidePlacement(pc, bass, low, high, pitches, vocabulary);
                if (pitch >= 0) {
                    pitches.add(pitch);
                    struck[pc] = true;
                    added = true;
                }
            }
        }
        // The fifth first, then the tensions from the lowest: a fifth that fits makes room for a ninth to read.
        int[] colours = Arrays.stream(chord.quality().intervals()).boxed()
                .sorted(Comparator.comparing((Integer interval) -> interval != FIFTH).thenComparing(interval -> interval))
                .mapToInt(Integer::intValue).toArray();
        for (int interval : colours) {
            int pc = (chord.root() + interval) % 12;
            if (!struck[pc] && pitches.size() < mostKeys) {
                int pitch = colourPlacement(pc, bass, high, pitches, vocabulary);
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
        List<BarNotes.Note> upper = notes.strikes().stream().flatMap(strike -> strike.notes().stream())
                .filter(note -> note.pitchValue() != bass).toList();
        String velocity = upper.isEmpty() ? first.notes().get(0).velocity()
                : median(upper, Comparator.comparingInt(BarNotes.Note::velocityBin)).velocity();
        String duration = (upper.isEmpty() ? Collections.max(first.notes(), BY_DURATION)
                : median(upper, BY_DURATION)).duration();
        List<BarNotes.Note> completed = new ArrayList<>();
        for (int pitch : pitches) {
            completed.add(first.notes().stream().filter(note -> note.pitchValue() == pitch).findFirst()
                    .orElse(new BarNotes.Note(velocity, RemiTokens.PITCH + pitch, duration)));
        }
        List<BarNotes.Strike> strikes = new ArrayList<>(notes.strikes());
        strikes.set(0, new BarNotes.Strike(first.position(), completed));
        return notes.withStrikes(strikes).tokens();
    }

    /** The lower of the middle two of {@code notes} in {@code order}. */
    private static BarNotes.Note median(List<BarNotes.Note> notes, Comparator<BarNotes.Note> order) {
        return notes.stream().sorted(order).toList().get((notes.size() - 1) / 2);
    }

    /**
     * The lowest pitch of class {@code pc} at or above {@code from} inside the register, else (a strike at the top of
     * the register) the highest below it; -1 when there is none.
     */
    private static int guidePlacement(int pc, int from, int low, int high, TreeSet<Integer> taken,
                                      Vocabulary vocabulary) {
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

    /**
     * The lowest pitch of class {@code pc} a fifth or more above {@code bass}, up to {@code high}, with no note of the
     * strike a semitone away, that does not turn a conventional chord into a fragment; -1 when there is none (the tone
     * is left out, as pianists leave out a fifth or an eleventh that does not fit the hand).
     */
    private static int colourPlacement(int pc, int bass, int high, TreeSet<Integer> taken, Vocabulary vocabulary) {
        boolean[] classes = new boolean[12];
        taken.forEach(pitch -> classes[pitch % 12] = true);
        boolean chordBefore = isChordOrInterval(classes);
        classes[pc] = true;
        if (chordBefore && !isChordOrInterval(classes)) {
            return -1;
        }
        for (int pitch = bass + COLOUR_ABOVE_BASS; pitch <= high; pitch++) {
            if (pitch % 12 == pc && !taken.contains(pitch - 1) && !taken.contains(pitch + 1)
                    && vocabulary.contains(RemiTokens.PITCH + pitch)) {
                return pitch;
            }
        }
        return -1;
    }

    private static boolean isChordOrInterval(boolean[] classes) {
        int count = 0;
        for (boolean c : classes) {
            count += c ? 1 : 0;
        }
        return count < StrictChords.MIN_PITCH_CLASSES || StrictChords.conventional(classes);
    }
}
