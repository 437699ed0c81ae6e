package io.immersic.evaluation;

import io.immersic.midi.Note;
import io.immersic.tokens.RemiTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A fixed, named vector of musical figures for each 4-bar window of a piece, the unit a classifier two-sample test
 * compares: four bars are a phrase, long enough to show rhythm, register, dynamics and repetition, short enough to give
 * a piece several samples.
 *
 * <p>Windows are consecutive and non-overlapping from bar 0 (bars 0–3, 4–7, …); a window without an onset is silence,
 * not music, and is skipped. The piece lasts until its last-ending note, and its last window holds only the bars that
 * remain, so a piece shorter than 4 bars gives one window of what it has. A note belongs to the bar its onset falls in.
 * Onsets are compared on the {@link RemiTokens#STEPS_PER_BEAT} grid, the resolution the model writes in, so notes the
 * tokens cannot tell apart count as struck together. All channels count. Every figure is finite: one with nothing to
 * measure in a window takes the documented fallback, so a classifier never sees {@code NaN}.
 *
 * <p>The figures, in the order of {@link #names()} (an "onset" is a grid position where at least one note starts, a
 * "sounding bar" is a bar of the window with an onset):
 * <ol>
 *   <li>{@code onBeatShare}: share of the onsets that fall on a beat (a quarter-note position);</li>
 *   <li>{@code offBeatEighthShare}: share on the "and" between two beats (the off-beat eighth);</li>
 *   <li>{@code sixteenthShare}: share on the "e" or the "a" of a beat (the off-beat sixteenths);</li>
 *   <li>{@code otherGridShare}: share anywhere else: triplets, swung or unquantised positions;</li>
 *   <li>{@code onsetsPerBar}: onsets per bar of the window, how busy the rhythm is;</li>
 *   <li>{@code notesPerBar}: notes started per bar, how dense the texture is;</li>
 *   <li>{@code downbeatShare}: share of the notes that start exactly on beat 1 of their bar;</li>
 *   <li>{@code logDurationMean}: mean of log2 of the note lengths in beats (0 = quarter, −1 = eighth, 2 = whole);</li>
 *   <li>{@code logDurationSd}: their standard deviation, how mixed long and short notes are;</li>
 *   <li>{@code pitchMean}: mean MIDI pitch, the register;</li>
 *   <li>{@code pitchSpan}: highest minus lowest pitch, in semitones;</li>
 *   <li>{@code bassMean}: the lowest pitch started in each sounding bar, averaged: where the bass line sits;</li>
 *   <li>{@code pitchClassEntropy}: entropy in bits of the duration-weighted pitch-class histogram (0 = one pitch
 *       class, log2 12 ≈ 3.58 = all twelve equally), how chromatic the harmony is;</li>
 *   <li>{@code polyphony}: notes per onset, how many notes are struck together on average;</li>
 *   <li>{@code velocityMean}: mean velocity, the loudness;</li>
 *   <li>{@code velocitySd}: standard deviation of the velocities, the dynamics within the window;</li>
 *   <li>{@code velocityBarChange}: mean absolute change of the mean velocity from one sounding bar to the next, the
 *       phrasing (0 with fewer than two sounding bars);</li>
 *   <li>{@code rhythmRepetition}: of the bar pairs 1 and 2 bars apart inside the window (at least one sounding), the
 *       share whose onset positions within the bar are the same: a repeated rhythm (0 with no such pair);</li>
 *   <li>{@code exactRepetition}: of the bar pairs 2 bars apart (at least one sounding), the share with the same
 *       (position, pitch) strikes: a literally repeated bar, the loop lo-fi is made of (0 with no such pair);</li>
 *   <li>{@code pitchClassesPerBar}: distinct pitch classes started per sounding bar, how much harmony a bar holds;</li>
 *   <li>{@code chordOnsetShare}: share of the onsets striking three or more distinct pitch classes, a chord rather
 *       than a melody note or an interval.</li>
 * </ol>
 * Standard deviations are population ones (over the window's notes, not an estimate for a larger set).
 */
public final class WindowFeatures {

    /** Bars per window: a phrase. */
    public static final int WINDOW_BARS = 4;

    private static final List<String> NAMES = List.of("onBeatShare", "offBeatEighthShare", "sixteenthShare",
            "otherGridShare", "onsetsPerBar", "notesPerBar", "downbeatShare", "logDurationMean", "logDurationSd",
            "pitchMean", "pitchSpan", "bassMean", "pitchClassEntropy", "polyphony", "velocityMean", "velocitySd",
            "velocityBarChange", "rhythmRepetition", "exactRepetition", "pitchClassesPerBar", "chordOnsetShare");

    /** Slack for a floating-point piece end that should fall exactly on a bar line. */
    private static final double EPSILON = 1e-9;
    /** Distinct pitch classes struck together that make a chord rather than an interval. */
    private static final int CHORD_PITCH_CLASSES = 3;
    private static final int BEAT = RemiTokens.STEPS_PER_BEAT;

    private WindowFeatures() {}

    /** The figures' names, in the order of each vector {@link #of} returns. */
    public static List<String> names() {
        return NAMES;
    }

    /** One vector per 4-bar window with an onset, in time order; none for a piece without notes. */
    public static List<double[]> of(List<Note> piece, double beatsPerBar) {
        if (beatsPerBar <= 0) {
            throw new IllegalArgumentException("beatsPerBar must be positive: " + beatsPerBar);
        }
        long stepsPerBar = Math.max(1, Math.round(beatsPerBar * BEAT));
        Map<Integer, List<Note>> windows = new TreeMap<>();
        int lastOnsetBar = 0;
        for (Note note : piece) {
            int bar = barOf(note, stepsPerBar);
            lastOnsetBar = Math.max(lastOnsetBar, bar);
            windows.computeIfAbsent(bar / WINDOW_BARS, w -> new ArrayList<>()).add(note);
        }
        double end = piece.stream().mapToDouble(Note::endBeat).max().orElse(0);
        int pieceBars = Math.max(lastOnsetBar + 1, (int) Math.ceil(end / beatsPerBar - EPSILON));
        List<double[]> vectors = new ArrayList<>();
        for (Map.Entry<Integer, List<Note>> window : windows.entrySet()) {
            int firstBar = window.getKey() * WINDOW_BARS;
            int bars = Math.max(1, Math.min(WINDOW_BARS, pieceBars - firstBar));
            vectors.add(new Window(window.getValue(), firstBar, bars, stepsPerBar).features());
        }
        return vectors;
    }

    private static long onsetStep(Note note) {
        return Math.round(note.startBeat() * BEAT);
    }

    private static int barOf(Note note, long stepsPerBar) {
        return (int) Math.max(0, Math.floorDiv(onsetStep(note), stepsPerBar));
    }

    /** The window's notes sorted into its bars and onsets, and the figures computed from them. */
    private static final class Window {

        private final List<Note> notes;
        private final int bars;
        /** Per bar: onset position within the bar → pitch classes struck there. */
        private final List<TreeMap<Long, boolean[]>> onsets = new ArrayList<>();
        /** Per bar: the (position, pitch) strikes, as position·128 + pitch. */
        private final List<TreeSet<Long>> strikes = new ArrayList<>();
        /** Per bar: the notes started in it. */
        private final List<List<Note>> barNotes = new ArrayList<>();
        private int downbeatNotes;

        Window(List<Note> notes, int firstBar, int bars, long stepsPerBar) {
            this.notes = notes;
            this.bars = bars;
            for (int bar = 0; bar < bars; bar++) {
                onsets.add(new TreeMap<>());
                strikes.add(new TreeSet<>());
                barNotes.add(new ArrayList<>());
            }
            for (Note note : notes) {
                int bar = Math.min(bars - 1, barOf(note, stepsPerBar) - firstBar);
                long position = Math.max(0, onsetStep(note) - (long) (firstBar + bar) * stepsPerBar);
                onsets.get(bar).computeIfAbsent(position, p -> new boolean[12])[note.pitch() % 12] = true;
                strikes.get(bar).add(position * 128 + note.pitch());
                barNotes.get(bar).add(note);
                downbeatNotes += position == 0 ? 1 : 0;
            }
        }

        double[] features() {
            List<Long> positions = new ArrayList<>();
            List<boolean[]> struck = new ArrayList<>();
            for (TreeMap<Long, boolean[]> bar : onsets) {
                positions.addAll(bar.keySet());
                struck.addAll(bar.values());
            }
            int onsetCount = positions.size();
            double[] logDurations = notes.stream().mapToDouble(n -> log2(n.durationBeats())).toArray();
            double[] pitches = notes.stream().mapToDouble(Note::pitch).toArray();
            double[] velocities = notes.stream().mapToDouble(Note::velocity).toArray();
            return new double[] {
                    share(positions, p -> p % BEAT == 0),
                    share(positions, p -> p % BEAT == BEAT / 2),
                    share(positions, p -> p % BEAT == BEAT / 4 || p % BEAT == 3 * BEAT / 4),
                    share(positions, p -> p % (BEAT / 4) != 0),
                    (double) onsetCount / bars,
                    (double) notes.size() / bars,
                    (double) downbeatNotes / notes.size(),
                    mean(logDurations),
                    sd(logDurations),
                    mean(pitches),
                    max(pitches) - min(pitches),
                    bassMean(),
                    pitchClassEntropy(),
                    (double) notes.size() / onsetCount,
                    mean(velocities),
                    sd(velocities),
                    velocityBarChange(),
                    repetition(List.of(1, 2), onsets.stream().<Set<Long>>map(TreeMap::keySet).toList()),
                    repetition(List.of(2), List.copyOf(strikes)),
                    pitchClassesPerBar(),
                    share(struck, set -> count(set) >= CHORD_PITCH_CLASSES)};
        }

        private double bassMean() {
            return barNotes.stream().filter(bar -> !bar.isEmpty())
                    .mapToDouble(bar -> bar.stream().mapToInt(Note::pitch).min().orElse(0)).average().orElse(0);
        }

        private double pitchClassEntropy() {
            double[] weights = new double[12];
            double total = 0;
            for (Note note : notes) {
                weights[note.pitch() % 12] += note.durationBeats();
                total += note.durationBeats();
            }
            double entropy = 0;
            for (double weight : weights) {
                if (weight > 0) {
                    double p = weight / total;
                    entropy -= p * log2(p);
                }
            }
            return entropy;
        }

        /** Between consecutive sounding bars, skipping silent ones: a rest does not reset the phrasing. */
        private double velocityBarChange() {
            List<Double> barMeans = new ArrayList<>();
            for (List<Note> bar : barNotes) {
                if (!bar.isEmpty()) {
                    barMeans.add(bar.stream().mapToInt(Note::velocity).average().orElse(0));
                }
            }
            double sum = 0;
            for (int i = 1; i < barMeans.size(); i++) {
                sum += Math.abs(barMeans.get(i) - barMeans.get(i - 1));
            }
            return barMeans.size() > 1 ? sum / (barMeans.size() - 1) : 0;
        }

        /** Two silent bars are not a repeated figure, so pairs where neither sounds are left out. */
        private double repetition(List<Integer> distances, List<? extends Set<Long>> barContents) {
            int pairs = 0;
            int equal = 0;
            for (int distance : distances) {
                for (int bar = 0; bar + distance < bars; bar++) {
                    if (!barNotes.get(bar).isEmpty() || !barNotes.get(bar + distance).isEmpty()) {
                        pairs++;
                        equal += barContents.get(bar).equals(barContents.get(bar + distance)) ? 1 : 0;
                    }
                }
            }
            return pairs > 0 ? (double) equal / pairs : 0;
        }

        private double pitchClassesPerBar() {
            return barNotes.stream().filter(bar -> !bar.isEmpty())
                    .mapToDouble(bar -> bar.stream().mapToInt(n -> n.pitch() % 12).distinct().count())
                    .average().orElse(0);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.isEmpty() ? 0 : (double) items.stream().filter(test).count() / items.size();
    }

    /** By {@link StrictMath}, whose results are the same on every JVM, so the figures are reproducible bit for bit. */
    private static double log2(double x) {
        return StrictMath.log(x) / StrictMath.log(2);
    }

    private static int count(boolean[] set) {
        int n = 0;
        for (boolean member : set) {
            n += member ? 1 : 0;
        }
        return n;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length > 0 ? sum / values.length : 0;
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return values.length > 0 ? Math.sqrt(sum / values.length) : 0;
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return values.length > 0 ? min : 0;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return values.length > 0 ? max : 0;
    }
}
