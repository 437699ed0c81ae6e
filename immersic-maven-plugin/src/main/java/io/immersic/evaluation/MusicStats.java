package io.immersic.evaluation;

import io.immersic.analysis.KeyEstimator;
import io.immersic.harmony.BarChords;
import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordDetector;
import io.immersic.harmony.Key;
import io.immersic.harmony.StrictChords;
import io.immersic.midi.Note;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Musical figures for one piece that the token-level metrics cannot see: whether the chords it strikes are chords a
 * musician would name, whether it stays in its key, whether its bars come back (lo-fi is built from repeated loops),
 * how busy and how varied its bars are, how its bass relates to its chords, and how its dynamics move. Every share is
 * in [0, 1]; a figure with nothing to measure is {@code NaN}, so that averaging over pieces can leave it out rather
 * than count it as zero.
 *
 * <p>Bars are {@code [b·beatsPerBar, (b+1)·beatsPerBar)}; the piece has as many bars as it takes to hold the end of its
 * last-ending note. Onsets are compared on the {@link RemiTokens#STEPS_PER_BEAT} grid, the resolution the model writes
 * in, so that notes the tokens cannot tell apart count as struck together: a note's grid onset is
 * {@code round(startBeat · STEPS_PER_BEAT)}, its bar is the bar that grid onset falls in, and its position in the bar
 * is the grid onset minus the bar's first step ({@code round(b · beatsPerBar · STEPS_PER_BEAT)}). A bar "has onsets"
 * when a note's grid onset falls in it. All channels count.
 */
public final class MusicStats {

    /** Slack for floating-point beat positions that should fall exactly on a bar line. */
    private static final double EPSILON = 1e-9;
    /** Bars per window for the pitch-variety figures and per loop for the chord-count figures. */
    private static final int WINDOW_BARS = 4;
    /** Bar lag of the exact-recurrence figure: one 4-bar loop later. */
    private static final int EXACT_LAG = 4;
    /** Distinct bar chords in a loop from which it counts as moving through a progression. */
    private static final int PROGRESSION_CHORDS = 3;
    /** Difference of two neighbouring bars' mean velocities that is heard as a jump in loudness. */
    private static final double VELOCITY_JUMP = 20;

    private MusicStats() {}

    /**
     * The figures for one piece. "Chord onsets" are the grid onsets striking at least 3 distinct pitch classes;
     * "bar chords" are {@link BarChords#label(List, double)}, the chord the corpus names for each bar (the bar's
     * duration-weighted sounding pitch-class profile, with the lowest note sounding at its first onset as bass).
     *
     * @param unrecognisedChordShare  (chord onsets whose struck pitch-class set is not {@link StrictChords#conventional})
     *                                / (chord onsets)
     * @param clusterShare            (chord onsets holding three adjacent semitones) / (chord onsets)
     * @param inKeyShare              (note duration whose pitch class is in the key's scale) / (total note duration)
     * @param rhythmRecurrence1       over bar pairs (b, b+1) that both have onsets, the share whose sets of onset
     *                                positions in the bar are equal
     * @param rhythmRecurrence2       the same for (b, b+2)
     * @param rhythmRecurrence4       the same for (b, b+4)
     * @param exactRecurrence4        over bars b with onsets where b+4 is a bar with or before the last onset, the
     *                                share where bar b+4
     *                                holds exactly the same set of (onset position in bar, MIDI pitch), velocity and
     *                                duration aside
     * @param similarity2             mean cosine similarity of the sounding, duration-weighted pitch-class profiles of
     *                                bars b and b+2, over pairs where both sound
     * @param similarity4             the same for bars b and b+4
     * @param similarity8             the same for bars b and b+8
     * @param distinctPitches4        mean number of distinct MIDI pitches started per 4-bar window with onsets
     * @param span4                   mean highest − lowest started pitch per such window, in semitones
     * @param onsetsPerBar            mean over bars with onsets of the number of distinct grid onsets in the bar
     * @param notesPerBar             mean over bars with onsets of the number of notes starting in the bar
     * @param beat1Share              (notes whose onset is the bar's first grid step) / (notes)
     * @param rootLowestShare         over bars with onsets whose sounding profile names a chord
     *                                ({@link ChordDetector#label} without a bass), the share where the pitch class of
     *                                the lowest pitch started in the bar is the chord's root
     * @param chordsPerLoop           over the 4-bar loops [4k, 4k+4) that lie wholly inside the piece, the mean number
     *                                of distinct bar chords (root and quality; bars without one skipped)
     * @param threePlusChordLoopShare over the same loops, the share with at least 3 distinct bar chords
     * @param velocityLevels          distinct velocity values in the piece
     * @param velocitySpread          population standard deviation of the velocities
     * @param velocityJumpShare       over neighbouring bars (b, b+1) that both have onsets, the share whose mean
     *                                velocities (of the notes starting in each) differ by at least 20
     * @param plannedChordShare       share of the planned bars whose sounding pitch classes include every guide tone of
     *                                the bar's planned chord
     * @param duplicateStrikeShare    share of notes that repeat a pitch already struck at the same grid onset
     * @param leadingSilenceBeats     the first onset, in beats
     */
    public record Piece(double unrecognisedChordShare, double clusterShare, double inKeyShare,
                        double rhythmRecurrence1, double rhythmRecurrence2, double rhythmRecurrence4,
                        double exactRecurrence4, double similarity2, double similarity4, double similarity8,
                        double distinctPitches4, double span4, double onsetsPerBar, double notesPerBar,
                        double beat1Share, double rootLowestShare, double chordsPerLoop,
                        double threePlusChordLoopShare, double velocityLevels, double velocitySpread,
                        double velocityJumpShare, double plannedChordShare, double duplicateStrikeShare,
                        double leadingSilenceBeats) {}

    /**
     * The figures averaged over pieces: each is the mean of the pieces' non-NaN values (NaN when none has one), so a
     * piece without chords does not pull the chord figures down. {@code minVelocityLevels} is the fewest velocity
     * levels of any piece, because one flat-dynamics piece is audible even when the mean looks healthy.
     */
    public record Summary(double unrecognisedChordShare, double clusterShare, double inKeyShare,
                          double rhythmRecurrence1, double rhythmRecurrence2, double rhythmRecurrence4,
                          double exactRecurrence4, double similarity2, double similarity4, double similarity8,
                          double distinctPitches4, double span4, double onsetsPerBar, double notesPerBar,
                          double beat1Share, double rootLowestShare, double chordsPerLoop,
                          double threePlusChordLoopShare, double velocityLevels, double minVelocityLevels,
                          double velocitySpread, double velocityJumpShare, double plannedChordShare,
                          double duplicateStrikeShare, double leadingSilenceBeats) {

        /** The figures under stable camelCase keys in a fixed order, so that JSON reports diff cleanly. */
        public Map<String, Double> asMap() {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("unrecognisedChordShare", unrecognisedChordShare);
            figures.put("clusterShare", clusterShare);
            figures.put("inKeyShare", inKeyShare);
            figures.put("rhythmRecurrence1", rhythmRecurrence1);
            figures.put("rhythmRecurrence2", rhythmRecurrence2);
            figures.put("rhythmRecurrence4", rhythmRecurrence4);
            figures.put("exactRecurrence4", exactRecurrence4);
            figures.put("similarity2", similarity2);
            figures.put("similarity4", similarity4);
            figures.put("similarity8", similarity8);
            figures.put("distinctPitches4", distinctPitches4);
            figures.put("span4", span4);
            figures.put("onsetsPerBar", onsetsPerBar);
            figures.put("notesPerBar", notesPerBar);
            figures.put("beat1Share", beat1Share);
            figures.put("rootLowestShare", rootLowestShare);
            figures.put("chordsPerLoop", chordsPerLoop);
            figures.put("threePlusChordLoopShare", threePlusChordLoopShare);
            figures.put("velocityLevels", velocityLevels);
            figures.put("minVelocityLevels", minVelocityLevels);
            figures.put("velocitySpread", velocitySpread);
            figures.put("velocityJumpShare", velocityJumpShare);
            figures.put("plannedChordShare", plannedChordShare);
            figures.put("duplicateStrikeShare", duplicateStrikeShare);
            figures.put("leadingSilenceBeats", leadingSilenceBeats);
            return Collections.unmodifiableMap(figures);
        }
    }

    /**
     * Measures one piece.
     *
     * @param key           the piece's key, or null to estimate it from the duration-weighted pitch-class profile
     * @param plannedChords the chord planned for each bar from bar 0 (null entries plan nothing), or null for no plan
     */
    public static Piece measure(List<Note> notes, double beatsPerBar, Key key, List<Chord> plannedChords) {
        if (beatsPerBar <= 0) {
            throw new IllegalArgumentException("beatsPerBar must be positive: " + beatsPerBar);
        }
        List<boolean[]> chordOnsets = chordOnsets(notes);
        double[][] soundingProfiles = soundingProfiles(notes, beatsPerBar);
        List<Bar> bars = bars(notes, beatsPerBar);
        int barCount = barCount(notes, beatsPerBar);
        Map<Integer, Chord> barChords = BarChords.label(notes, beatsPerBar);
        return new Piece(
                shareOf(chordOnsets, set -> !StrictChords.conventional(set)),
                shareOf(chordOnsets, ChordDetector::hasSemitoneCluster),
                inKeyShare(notes, key == null ? estimatedKey(notes) : key),
                rhythmRecurrence(bars, 1),
                rhythmRecurrence(bars, 2),
                rhythmRecurrence(bars, 4),
                exactRecurrence(bars, Math.min(barCount, bars.size()), EXACT_LAG),
                meanSimilarity(soundingProfiles, 2),
                meanSimilarity(soundingProfiles, 4),
                meanSimilarity(soundingProfiles, 8),
                meanOverWindows(notes, beatsPerBar, pitches -> pitches.size()),
                meanOverWindows(notes, beatsPerBar, pitches -> pitches.last() - pitches.first()),
                meanOverBarsWithOnsets(bars, bar -> bar.positions.size()),
                meanOverBarsWithOnsets(bars, bar -> bar.notes),
                ratio(bars.stream().mapToLong(bar -> bar.onBeat1).sum(), notes.size()),
                rootLowestShare(bars, soundingProfiles),
                chordsPerLoop(barChords, barCount, loop -> loop),
                chordsPerLoop(barChords, barCount, loop -> loop >= PROGRESSION_CHORDS ? 1 : 0),
                velocityLevels(notes),
                velocitySpread(notes),
                velocityJumpShare(bars),
                plannedChordShare(soundingProfiles, plannedChords),
                duplicateStrikeShare(notes),
                leadingSilence(notes));
    }

    /** Averages pieces' figures; see {@link Summary}. */
    public static Summary summarize(List<Piece> pieces) {
        return new Summary(
                mean(pieces, Piece::unrecognisedChordShare),
                mean(pieces, Piece::clusterShare),
                mean(pieces, Piece::inKeyShare),
                mean(pieces, Piece::rhythmRecurrence1),
                mean(pieces, Piece::rhythmRecurrence2),
                mean(pieces, Piece::rhythmRecurrence4),
                mean(pieces, Piece::exactRecurrence4),
                mean(pieces, Piece::similarity2),
                mean(pieces, Piece::similarity4),
                mean(pieces, Piece::similarity8),
                mean(pieces, Piece::distinctPitches4),
                mean(pieces, Piece::span4),
                mean(pieces, Piece::onsetsPerBar),
                mean(pieces, Piece::notesPerBar),
                mean(pieces, Piece::beat1Share),
                mean(pieces, Piece::rootLowestShare),
                mean(pieces, Piece::chordsPerLoop),
                mean(pieces, Piece::threePlusChordLoopShare),
                mean(pieces, Piece::velocityLevels),
                pieces.stream().mapToDouble(Piece::velocityLevels).filter(v -> !Double.isNaN(v)).min()
                        .orElse(Double.NaN),
                mean(pieces, Piece::velocitySpread),
                mean(pieces, Piece::velocityJumpShare),
                mean(pieces, Piece::plannedChordShare),
                mean(pieces, Piece::duplicateStrikeShare),
                mean(pieces, Piece::leadingSilenceBeats));
    }

    private static double mean(List<Piece> pieces, ToDoubleFunction<Piece> figure) {
        return pieces.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    // --- onsets and chords -------------------------------------------------------------------------------------

    /** The grid step a note starts on: notes the tokens cannot tell apart share one. */
    private static long onsetStep(Note note) {
        return Math.round(note.startBeat() * RemiTokens.STEPS_PER_BEAT);
    }

    /** The pitch classes struck at each grid onset, in time order. */
    private static Map<Long, boolean[]> struckSets(List<Note> notes) {
        Map<Long, boolean[]> sets = new TreeMap<>();
        for (Note note : notes) {
            sets.computeIfAbsent(onsetStep(note), step -> new boolean[12])[note.pitch() % 12] = true;
        }
        return sets;
    }

    /** The struck sets with enough pitch classes to be heard as a chord. */
    private static List<boolean[]> chordOnsets(List<Note> notes) {
        List<boolean[]> chords = new ArrayList<>();
        for (boolean[] set : struckSets(notes).values()) {
            if (count(set) >= StrictChords.MIN_PITCH_CLASSES) {
                chords.add(set);
            }
        }
        return chords;
    }

    private static double shareOf(List<boolean[]> sets, Predicate<boolean[]> test) {
        long matching = sets.stream().filter(test).count();
        return ratio(matching, sets.size());
    }

    /** Strikes beyond the first of one pitch at one onset: they add loudness, not music, and point at a bug. */
    private static double duplicateStrikeShare(List<Note> notes) {
        Set<Long> strikes = new HashSet<>();
        for (Note note : notes) {
            strikes.add(onsetStep(note) * 128 + note.pitch());
        }
        return ratio(notes.size() - strikes.size(), notes.size());
    }

    private static double leadingSilence(List<Note> notes) {
        return notes.stream().mapToDouble(Note::startBeat).min().orElse(Double.NaN);
    }

    // --- key ---------------------------------------------------------------------------------------------------

    /** The key the notes themselves suggest; null when there are none. */
    private static Key estimatedKey(List<Note> notes) {
        double[] profile = new double[12];
        for (Note note : notes) {
            profile[note.pitch() % 12] += note.durationBeats();
        }
        return Key.fromEstimate(KeyEstimator.best(profile).name());
    }

    /** Weighted by duration because a held wrong note is heard far more than a passing one. */
    private static double inKeyShare(List<Note> notes, Key key) {
        if (key == null) {
            return Double.NaN;
        }
        double inKey = 0;
        double total = 0;
        for (Note note : notes) {
            total += note.durationBeats();
            if (key.contains(note.pitch() % 12)) {
                inKey += note.durationBeats();
            }
        }
        return total > 0 ? inKey / total : Double.NaN;
    }

    // --- bars --------------------------------------------------------------------------------------------------

    private static int barOf(double beat, double beatsPerBar) {
        return Math.max(0, (int) Math.floor(beat / beatsPerBar + EPSILON));
    }

    /** Bars up to the end of the last-ending note, so that a chord held into a final bar gives that bar. */
    private static int barCount(List<Note> notes, double beatsPerBar) {
        double end = notes.stream().mapToDouble(Note::endBeat).max().orElse(0);
        return Math.max(0, (int) Math.ceil(end / beatsPerBar - EPSILON));
    }

    /**
     * Per bar, each pitch class's sounding time inside the bar: a held chord counts in every bar it sounds in, as a
     * listener hears it.
     */
    private static double[][] soundingProfiles(List<Note> notes, double beatsPerBar) {
        double[][] profiles = new double[barCount(notes, beatsPerBar)][12];
        for (Note note : notes) {
            int last = Math.min(profiles.length - 1, barOf(note.endBeat(), beatsPerBar));
            for (int bar = barOf(note.startBeat(), beatsPerBar); bar <= last; bar++) {
                double from = Math.max(note.startBeat(), bar * beatsPerBar);
                double to = Math.min(note.endBeat(), (bar + 1) * beatsPerBar);
                if (to - from > EPSILON) {
                    profiles[bar][note.pitch() % 12] += to - from;
                }
            }
        }
        return profiles;
    }

    /** What the notes starting in one bar (by grid onset) hold; a bar without onsets has {@code notes == 0}. */
    private static final class Bar {
        /** Grid positions of the onsets in the bar, 0 = the bar's first step. */
        final Set<Integer> positions = new TreeSet<>();
        /** (position, MIDI pitch) of every onset, as position · 128 + pitch. */
        final Set<Long> strikes = new HashSet<>();
        int notes;
        int onBeat1;
        int lowestPitch = Integer.MAX_VALUE;
        double velocitySum;
    }

    /** The bars up to the last one with an onset, each with what starts in it. */
    private static List<Bar> bars(List<Note> notes, double beatsPerBar) {
        List<Bar> bars = new ArrayList<>();
        for (Note note : notes) {
            long step = onsetStep(note);
            int index = barOf((double) step / RemiTokens.STEPS_PER_BEAT, beatsPerBar);
            while (bars.size() <= index) {
                bars.add(new Bar());
            }
            int position = (int) (step - Math.round(index * beatsPerBar * RemiTokens.STEPS_PER_BEAT));
            Bar bar = bars.get(index);
            bar.positions.add(position);
            bar.strikes.add((long) position * 128 + note.pitch());
            bar.notes++;
            bar.onBeat1 += position == 0 ? 1 : 0;
            bar.lowestPitch = Math.min(bar.lowestPitch, note.pitch());
            bar.velocitySum += note.velocity();
        }
        return bars;
    }

    private static Bar bar(List<Bar> bars, int index) {
        return index < bars.size() ? bars.get(index) : new Bar();
    }

    /** A repeated rhythm is half of what makes a loop: bars {@code lag} apart that both play, striking alike. */
    private static double rhythmRecurrence(List<Bar> bars, int lag) {
        int pairs = 0;
        int equal = 0;
        for (int b = 0; b + lag < bars.size(); b++) {
            if (bars.get(b).notes > 0 && bars.get(b + lag).notes > 0) {
                pairs++;
                equal += bars.get(b).positions.equals(bars.get(b + lag).positions) ? 1 : 0;
            }
        }
        return ratio(equal, pairs);
    }

    /** The whole loop: bar b played again note for note {@code lag} bars later, inside the piece. */
    private static double exactRecurrence(List<Bar> bars, int barCount, int lag) {
        int measured = 0;
        int equal = 0;
        for (int b = 0; b + lag < barCount; b++) {
            if (bar(bars, b).notes > 0) {
                measured++;
                equal += bar(bars, b).strikes.equals(bar(bars, b + lag).strikes) ? 1 : 0;
            }
        }
        return ratio(equal, measured);
    }

    private static double meanOverBarsWithOnsets(List<Bar> bars, ToDoubleFunction<Bar> figure) {
        return bars.stream().filter(bar -> bar.notes > 0).mapToDouble(figure).average().orElse(Double.NaN);
    }

    /**
     * Whether the bass plays the chord's root: inversions and rootless voicings make it lower. The chord is named from
     * the bar's sounding profile alone, without a bass: a labeller that favours a root in the bass would make the
     * figure circular.
     */
    private static double rootLowestShare(List<Bar> bars, double[][] soundingProfiles) {
        int measured = 0;
        int rooted = 0;
        for (int b = 0; b < Math.min(bars.size(), soundingProfiles.length); b++) {
            Chord chord = ChordDetector.label(soundingProfiles[b], -1);
            if (bars.get(b).notes > 0 && chord != null) {
                measured++;
                rooted += bars.get(b).lowestPitch % 12 == chord.root() ? 1 : 0;
            }
        }
        return ratio(rooted, measured);
    }

    /**
     * A figure of the distinct bar chords in each whole 4-bar loop from bar 0, averaged over the loops: one chord
     * per loop is a vamp, three or more a progression.
     */
    private static double chordsPerLoop(Map<Integer, Chord> barChords, int barCount, IntUnaryOperator figure) {
        int loops = barCount / WINDOW_BARS;
        if (loops == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int loop = 0; loop < loops; loop++) {
            Set<Chord> chords = new HashSet<>();
            for (int b = loop * WINDOW_BARS; b < (loop + 1) * WINDOW_BARS; b++) {
                if (barChords.get(b) != null) {
                    chords.add(barChords.get(b));
                }
            }
            sum += figure.applyAsInt(chords.size());
        }
        return sum / loops;
    }

    /** How alike bars {@code lag} apart sound; bars where nothing sounds have no direction and are left out. */
    private static double meanSimilarity(double[][] profiles, int lag) {
        double sum = 0;
        int pairs = 0;
        for (int bar = 0; bar + lag < profiles.length; bar++) {
            double similarity = cosine(profiles[bar], profiles[bar + lag]);
            if (!Double.isNaN(similarity)) {
                sum += similarity;
                pairs++;
            }
        }
        return pairs > 0 ? sum / pairs : Double.NaN;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : Double.NaN;
    }

    /**
     * A figure of the pitches started in each 4-bar window, averaged over the windows that have any: windows rather
     * than the whole piece, so that a long piece's variety is not mistaken for a phrase's.
     */
    private static double meanOverWindows(List<Note> notes, double beatsPerBar,
                                          ToDoubleFunction<TreeSet<Integer>> figure) {
        Map<Integer, TreeSet<Integer>> windows = new TreeMap<>();
        for (Note note : notes) {
            int window = barOf(note.startBeat(), beatsPerBar) / WINDOW_BARS;
            windows.computeIfAbsent(window, w -> new TreeSet<>()).add(note.pitch());
        }
        return windows.values().stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    /** Whether each planned bar sounds its chord's guide tones, the notes that make the chord recognisable. */
    private static double plannedChordShare(double[][] soundingProfiles, List<Chord> plannedChords) {
        if (plannedChords == null) {
            return Double.NaN;
        }
        int planned = 0;
        int played = 0;
        for (int bar = 0; bar < Math.min(plannedChords.size(), soundingProfiles.length); bar++) {
            Chord chord = plannedChords.get(bar);
            if (chord != null) {
                planned++;
                played += soundsAll(soundingProfiles[bar], chord.guidePitchClasses()) ? 1 : 0;
            }
        }
        return ratio(played, planned);
    }

    private static boolean soundsAll(double[] profile, int[] pitchClasses) {
        for (int pitchClass : pitchClasses) {
            if (profile[Math.floorMod(pitchClass, 12)] <= 0) {
                return false;
            }
        }
        return true;
    }

    // --- dynamics ----------------------------------------------------------------------------------------------

    /** Few velocity levels sound mechanical, however the notes are chosen. */
    private static double velocityLevels(List<Note> notes) {
        return notes.isEmpty() ? Double.NaN : notes.stream().mapToInt(Note::velocity).distinct().count();
    }

    private static double velocitySpread(List<Note> notes) {
        if (notes.isEmpty()) {
            return Double.NaN;
        }
        double mean = notes.stream().mapToInt(Note::velocity).average().orElse(0);
        double variance = notes.stream().mapToDouble(n -> (n.velocity() - mean) * (n.velocity() - mean)).average()
                .orElse(0);
        return Math.sqrt(variance);
    }

    /** A sudden change of loudness from one bar to the next, which a player's dynamics rarely make. */
    private static double velocityJumpShare(List<Bar> bars) {
        int pairs = 0;
        int jumps = 0;
        for (int b = 0; b + 1 < bars.size(); b++) {
            Bar bar = bars.get(b);
            Bar next = bars.get(b + 1);
            if (bar.notes > 0 && next.notes > 0) {
                pairs++;
                jumps += Math.abs(bar.velocitySum / bar.notes - next.velocitySum / next.notes) >= VELOCITY_JUMP ? 1 : 0;
            }
        }
        return ratio(jumps, pairs);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static int count(boolean[] set) {
        int n = 0;
        for (boolean member : set) {
            n += member ? 1 : 0;
        }
        return n;
    }

    private static double ratio(long part, long whole) {
        return whole > 0 ? (double) part / whole : Double.NaN;
    }
}
