package io.immersic.generation;

import io.immersic.midi.Note;
import io.immersic.analysis.CorpusStyle;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays the notes the way a pianist would: velocities shaped by the beat (the downbeat leans, off-beats are lighter),
 * the voices balanced as the hands' player balances them (a line sung over soft chords, a bass leaned on: {@link
 * CorpusStyle.Hands#balance}), and a small seeded variation on every note. The model's velocity bins
 * stay the base, so a corpus with dynamics keeps them; a track whose hands played at one velocity (a programmed part)
 * is left at it, moved only by its section's level. Chords
 * are rolled as the corpus's players roll them ({@link CorpusStyle.Roll}): the notes of a strike of three or more,
 * lowest first, one roll step apart, all released together. The model writes some rolls itself (it learned them from
 * the corpus), so only as many of the strikes it wrote together are rolled as bring the track's share of rolled chords
 * to the corpus's. Whether a strike is rolled depends on the strike itself (its place in the bar), so a figure played
 * again is rolled again the same way.
 */
public final class Humanizer {

    /**
     * The seeded variation of every note's velocity, up to this much either way, and the lift of a chord's top note.
     * A player's touch varies more than ±2 of 127: the corpus's shaped pieces spread a window's velocities by 8.3
     * (SD), their chords' notes a velocity bin (16) or more apart in half their strikes, where tracks played with ±2
     * and a top note 2 louder spread theirs by 4.2, the first figure a classifier told them apart by. With ±8 and 6 the
     * tracks spread 5.2 and a file's velocity SD stays under 9 (8.6; the bound), and the classifier with every
     * piece held out went from 0.83 to 0.80 (logistic; trees 0.89). (The top note's lift is now the hands' balance of
     * the voices where it was measured.)
     */
    static final int VARIATION = 8;
    /** Strikes of fewer notes are never rolled: two notes are an interval, struck together. */
    static final int ROLLED_NOTES = 3;
    /**
     * A rolled triad sounds in this many onsets, a note at a time. A hand rolls a chord quickly; a longer arpeggio
     * would land on the next sixteenth, where the corpus's rolls never reach.
     */
    static final int ROLL_ONSETS = 3;
    /**
     * A rolled chord of more notes sounds in this many: its lowest note, then the rest together, the right hand's
     * voicing as one block. So the corpus's players roll most of theirs (103 of the 161 rolled chords of four notes or
     * more in the lofi-progressions come in two onsets, 58 in three). Rolled in three, the block above the two lowest
     * notes was often no chord at all (a ninth and an eleventh over a seventh), and with each track rolling as its
     * hands' piece does, 11 % of the struck chords were fragments (the held-out pieces' 1.4 %).
     */
    static final int ROLL_ONSETS_OF_LARGER_CHORDS = 2;
    private static final int DOWNBEAT_ACCENT = 3;
    private static final int OFFBEAT_SOFTENING = 2;
    static final int TOP_NOTE_ACCENT = 6;

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
        return apply(notes, beatsPerBar, barLevels, CorpusStyle.Roll.NONE, seed);
    }

    /** The same, with the chords rolled as {@code roll} says. */
    public static List<Note> apply(List<Note> notes, double beatsPerBar, List<Integer> barLevels,
                                   CorpusStyle.Roll roll, long seed) {
        return apply(notes, beatsPerBar, barLevels, roll, false, seed);
    }

    /**
     * The same; with {@code evenTouch} the notes keep the one velocity they were written at, as a programmed part
     * does (a third of the lofi-progressions), and only the section's level moves them.
     */
    public static List<Note> apply(List<Note> notes, double beatsPerBar, List<Integer> barLevels,
                                   CorpusStyle.Roll roll, boolean evenTouch, long seed) {
        return apply(notes, beatsPerBar, barLevels, roll, evenTouch, null, seed);
    }

    /**
     * The same, the voices balanced as the hands' player balances them ({@link CorpusStyle.Hands#balance}): each note
     * gains {@code balance} velocity per semitone above the middle of the notes (their median pitch), where a chord's
     * top note is otherwise sung out by {@value #TOP_NOTE_ACCENT} (null: not measured).
     */
    public static List<Note> apply(List<Note> notes, double beatsPerBar, List<Integer> barLevels,
                                   CorpusStyle.Roll roll, boolean evenTouch, Double balance, long seed) {
        return rolled(velocities(notes, beatsPerBar, barLevels, evenTouch, balance, seed), beatsPerBar, roll, seed);
    }

    private static List<Note> velocities(List<Note> notes, double beatsPerBar, List<Integer> barLevels,
                                         boolean evenTouch, Double balance, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int middle = notes.stream().mapToInt(Note::pitch).sorted().skip(notes.size() / 2).findFirst().orElse(0);
        List<Note> out = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            int voice = balance == null ? (isTopOfChord(notes, i) ? TOP_NOTE_ACCENT : 0)
                    : (int) Math.round(balance * (note.pitch() - middle));
            int shape = evenTouch ? 0 : accent(note.startBeat(), beatsPerBar) + voice
                    + random.nextInt(-VARIATION, VARIATION + 1);
            int velocity = note.velocity() + shape + level(barLevels, note.startBeat(), beatsPerBar);
            out.add(new Note(note.pitch(), Math.max(1, Math.min(127, velocity)), note.startBeat(),
                    note.durationBeats(), note.channel()));
        }
        return out;
    }

    /**
     * Rolls strikes of at least {@value #ROLLED_NOTES} notes, as many of them as make the notes' share of rolled
     * chords {@code roll}'s: note k of a strike (by pitch) starts k roll steps late and is shortened by as much, so
     * the chord still ends together.
     */
    static List<Note> rolled(List<Note> notes, double beatsPerBar, CorpusStyle.Roll roll, long seed) {
        double written = CorpusStyle.Roll.of(notes).share();
        // Of the strikes still struck together, the share to roll so that the track's rolled share is the corpus's.
        double share = written >= 1 ? 0 : (roll.share() - written) / (1 - written);
        if (share <= 0) {
            return notes;
        }
        double step = (double) roll.steps() / RemiTokens.STEPS_PER_BEAT;
        List<Note> out = new ArrayList<>(notes.size());
        for (int first = 0; first < notes.size(); ) {
            int end = first;
            while (end < notes.size() && Math.abs(notes.get(end).startBeat() - notes.get(first).startBeat()) < 1e-9) {
                end++;
            }
            List<Note> strike = new ArrayList<>(notes.subList(first, end));
            strike.sort(Comparator.comparingInt(Note::pitch));
            boolean rolls = strike.size() >= ROLLED_NOTES && picked(strike, beatsPerBar, seed) < share;
            int onsets = strike.size() > ROLLED_NOTES ? ROLL_ONSETS_OF_LARGER_CHORDS : ROLL_ONSETS;
            for (int k = 0; k < strike.size(); k++) {
                Note note = strike.get(k);
                double delay = rolls ? Math.min(Math.min(k, onsets - 1) * step, note.durationBeats() / 2) : 0;
                out.add(new Note(note.pitch(), note.velocity(), note.startBeat() + delay, note.durationBeats() - delay,
                        note.channel()));
            }
            first = end;
        }
        out.sort(Comparator.comparingDouble(Note::startBeat).thenComparingInt(Note::pitch));
        return out;
    }

    /**
     * A number in [0, 1) fixed by the strike's place in its bar (and the seed): a figure replayed in another bar is
     * rolled the same way, as a player's hands repeat a pattern.
     */
    private static double picked(List<Note> strike, double beatsPerBar, long seed) {
        double beat = strike.get(0).startBeat();
        double inBar = beat - Math.floor(beat / beatsPerBar + 1e-9) * beatsPerBar;
        long place = Math.round(inBar * RemiTokens.STEPS_PER_BEAT);
        return new SplittableRandom(seed * 31 + place).nextDouble();
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
