package io.immersic.evaluation;

import io.immersic.analysis.KeyEstimator;
import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordDetector;
import io.immersic.harmony.Key;
import io.immersic.midi.Note;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Musical figures for one piece that the token-level metrics cannot see: whether the chords it strikes are chords a
 * listener would name, whether it stays in its key, whether bars come back (lo-fi is built from repeated loops), how
 * varied its pitches and dynamics are, and whether it plays the chords it was planned to play. Every share is in
 * [0, 1]; a figure with nothing to measure is {@code NaN}, so that averaging over pieces can leave it out rather than
 * count it as zero.
 *
 * <p>Bars are {@code [b·beatsPerBar, (b+1)·beatsPerBar)}; the piece has as many bars as it takes to hold the end of its
 * last-ending note. Onsets are compared on the {@link RemiTokens#STEPS_PER_BEAT} grid, the resolution the model writes
 * in, so that notes the tokens cannot tell apart count as struck together. All channels count.
 */
public final class MusicStats {

    /** Slack for floating-point beat positions that should fall exactly on a bar line. */
    private static final double EPSILON = 1e-9;
    /** Bars a repeated bar may be from its twin and still count as recurring. */
    private static final int RECURRENCE_DISTANCE = 4;
    /** Bars per window for the pitch-variety figures. */
    private static final int WINDOW_BARS = 4;
    /** Distinct pitch classes struck together that make a chord rather than an interval. */
    private static final int CHORD_PITCH_CLASSES = 3;

    private MusicStats() {}

    /**
     * The figures for one piece.
     *
     * @param unrecognisedChordShare of the chord onsets (grid onsets striking ≥ 3 distinct pitch classes), the share
     *                               whose struck pitch-class set is not {@link ChordDetector#recognisable}
     * @param clusterShare           of the chord onsets, the share whose struck set holds three adjacent semitones
     * @param inKeyShare             share of the total note duration whose pitch class is in the key's scale
     * @param recurrence4            share of the bars with onsets whose started pitch-class set equals that of another
     *                               bar with onsets at most 4 bars before or after
     * @param similarity2            mean cosine similarity of the sounding, duration-weighted pitch-class profiles of
     *                               bars b and b+2, over pairs where both sound
     * @param similarity4            the same for bars b and b+4
     * @param similarity8            the same for bars b and b+8
     * @param distinctPitches4       mean number of distinct MIDI pitches started per 4-bar window with onsets
     * @param span4                  mean highest − lowest started pitch per such window, in semitones
     * @param velocityLevels         distinct velocity values in the piece
     * @param velocitySpread         population standard deviation of the velocities
     * @param plannedChordShare      share of the planned bars whose sounding pitch classes include every guide tone of
     *                               the bar's planned chord
     * @param duplicateStrikeShare   share of notes that repeat a pitch already struck at the same grid onset
     * @param leadingSilenceBeats    the first onset, in beats
     */
    public record Piece(double unrecognisedChordShare, double clusterShare, double inKeyShare, double recurrence4,
                       double similarity2, double similarity4, double similarity8, double distinctPitches4,
                       double span4, double velocityLevels, double velocitySpread, double plannedChordShare,
                       double duplicateStrikeShare, double leadingSilenceBeats) {}

    /**
     * The figures averaged over pieces: each is the mean of the pieces' non-NaN values (NaN when none has one), so a
     * piece without chords does not pull the chord figures down. {@code minVelocityLevels} is the fewest velocity
     * levels of any piece, because one flat-dynamics piece is audible even when the mean looks healthy.
     */
    public record Summary(double unrecognisedChordShare, double clusterShare, double inKeyShare, double recurrence4,
                          double similarity2, double similarity4, double similarity8, double distinctPitches4,
                          double span4, double velocityLevels, double minVelocityLevels, double velocitySpread,
                          double plannedChordShare, double duplicateStrikeShare, double leadingSilenceBeats) {

        /** The figures under stable camelCase keys in a fixed order, so that JSON reports diff cleanly. */
        public Map<String, Double> asMap() {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("unrecognisedChordShare", unrecognisedChordShare);
            figures.put("clusterShare", clusterShare);
            figures.put("inKeyShare", inKeyShare);
            figures.put("recurrence4", recurrence4);
            figures.put("similarity2", similarity2);
            figures.put("similarity4", similarity4);
            figures.put("similarity8", similarity8);
            figures.put("distinctPitches4", distinctPitches4);
            figures.put("span4", span4);
            figures.put("velocityLevels", velocityLevels);
            figures.put("minVelocityLevels", minVelocityLevels);
            figures.put("velocitySpread", velocitySpread);
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
        List<boolean[]> startedSets = startedPitchClassSets(notes, beatsPerBar);
        return new Piece(
                shareOf(chordOnsets, set -> !ChordDetector.recognisable(set)),
                shareOf(chordOnsets, ChordDetector::hasSemitoneCluster),
                inKeyShare(notes, key == null ? estimatedKey(notes) : key),
                recurrence(startedSets, RECURRENCE_DISTANCE),
                meanSimilarity(soundingProfiles, 2),
                meanSimilarity(soundingProfiles, 4),
                meanSimilarity(soundingProfiles, 8),
                meanOverWindows(notes, beatsPerBar, pitches -> pitches.size()),
                meanOverWindows(notes, beatsPerBar, pitches -> pitches.last() - pitches.first()),
                velocityLevels(notes),
                velocitySpread(notes),
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
                mean(pieces, Piece::recurrence4),
                mean(pieces, Piece::similarity2),
                mean(pieces, Piece::similarity4),
                mean(pieces, Piece::similarity8),
                mean(pieces, Piece::distinctPitches4),
                mean(pieces, Piece::span4),
                mean(pieces, Piece::velocityLevels),
                pieces.stream().mapToDouble(Piece::velocityLevels).filter(v -> !Double.isNaN(v)).min()
                        .orElse(Double.NaN),
                mean(pieces, Piece::velocitySpread),
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
            if (count(set) >= CHORD_PITCH_CLASSES) {
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

    /** Per bar, the pitch classes of the notes that start in it (all false for a bar without onsets). */
    private static List<boolean[]> startedPitchClassSets(List<Note> notes, double beatsPerBar) {
        List<boolean[]> sets = new ArrayList<>();
        for (Note note : notes) {
            int bar = barOf(note.startBeat(), beatsPerBar);
            while (sets.size() <= bar) {
                sets.add(new boolean[12]);
            }
            sets.get(bar)[note.pitch() % 12] = true;
        }
        return sets;
    }

    /** Loops are what make lo-fi: a bar whose pitch content comes back nearby is part of one. */
    private static double recurrence(List<boolean[]> startedSets, int distance) {
        int nonEmpty = 0;
        int recurring = 0;
        for (int bar = 0; bar < startedSets.size(); bar++) {
            if (count(startedSets.get(bar)) > 0) {
                nonEmpty++;
                recurring += recursNearby(startedSets, bar, distance) ? 1 : 0;
            }
        }
        return ratio(recurring, nonEmpty);
    }

    private static boolean recursNearby(List<boolean[]> startedSets, int bar, int distance) {
        int from = Math.max(0, bar - distance);
        int to = Math.min(startedSets.size() - 1, bar + distance);
        for (int other = from; other <= to; other++) {
            if (other != bar && Arrays.equals(startedSets.get(bar), startedSets.get(other))) {
                return true;
            }
        }
        return false;
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
