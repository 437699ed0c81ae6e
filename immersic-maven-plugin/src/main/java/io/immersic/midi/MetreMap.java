package io.immersic.midi;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the bar lines of a piece fall, from its time signatures: a piece in 4/4 that changes to 6/4 at beat 16 has
 * bars 0–3 of four beats and bar 4 onwards of six. A change that does not fall on a bar line ends the bar it falls in
 * early (that bar is shorter) and starts a new one.
 */
public final class MetreMap {

    /** From {@code startBeat} on, bars are {@code beatsPerBar} long, the first of them numbered {@code firstBar}. */
    public record Segment(double startBeat, int firstBar, double beatsPerBar) {}

    /** A time signature: from {@code beat} on, a bar lasts {@code beatsPerBar} quarter notes. */
    public record Change(double beat, double beatsPerBar) {}

    /**
     * The bars Immersic accepts: 1 to 16 quarter notes, with a beat of a whole note down to a sixteenth (so every bar
     * is a whole number of the token grid's steps). 1/128, 4/31 (a beat of 2^-31) or 255/1 are damaged events.
     */
    public static final double MIN_BEATS_PER_BAR = 1;
    public static final double MAX_BEATS_PER_BAR = 16;
    public static final int MAX_DENOMINATOR_POWER = 4;

    private static final double EPSILON = 1e-9;

    /** Quarter notes per bar of the time signature numerator / 2^denominatorPower, or NaN when not accepted. */
    public static double beatsPerBar(int numerator, int denominatorPower) {
        if (numerator < 1 || denominatorPower < 0 || denominatorPower > MAX_DENOMINATOR_POWER) {
            return Double.NaN;
        }
        double beats = numerator * 4.0 / (1 << denominatorPower);
        return beats >= MIN_BEATS_PER_BAR && beats <= MAX_BEATS_PER_BAR ? beats : Double.NaN;
    }

    private final List<Segment> segments;

    private MetreMap(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** One metre for the whole piece. */
    public static MetreMap constant(double beatsPerBar) {
        return new MetreMap(List.of(new Segment(0, 0, beatsPerBar)));
    }

    /**
     * The map of these changes (sorted by beat; a change at the same beat as another replaces it), with
     * {@code initialBeatsPerBar} before the first change.
     */
    public static MetreMap of(double initialBeatsPerBar, List<Change> changes) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(0, 0, initialBeatsPerBar));
        for (Change change : changes) {
            Segment last = segments.get(segments.size() - 1);
            if (change.beat() <= last.startBeat() + EPSILON) {
                segments.set(segments.size() - 1, new Segment(last.startBeat(), last.firstBar(), change.beatsPerBar()));
            } else if (Math.abs(change.beatsPerBar() - last.beatsPerBar()) > EPSILON) {
                long barsBefore = (long) Math.ceil((change.beat() - last.startBeat()) / last.beatsPerBar() - EPSILON);
                segments.add(new Segment(change.beat(), (int) Math.min(Integer.MAX_VALUE / 2,
                        last.firstBar() + barsBefore), change.beatsPerBar()));
            }
        }
        return new MetreMap(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The metre the piece starts in, in quarter notes per bar. */
    public double initialBeatsPerBar() {
        return segments.get(0).beatsPerBar();
    }

    /** The bar (0 = the first) that {@code beat} falls in. */
    public int barAt(double beat) {
        Segment segment = segments.get(lastIndexAtOrBefore(s -> s.startBeat() <= beat + EPSILON));
        double bars = Math.floor((beat - segment.startBeat()) / segment.beatsPerBar() + EPSILON);
        return (int) Math.min(Integer.MAX_VALUE / 2, segment.firstBar() + Math.max(0, bars));
    }

    /** The beat bar number {@code bar} starts on. */
    public double barStart(int bar) {
        Segment segment = segments.get(lastIndexAtOrBefore(s -> s.firstBar() <= bar));
        return segment.startBeat() + (bar - segment.firstBar()) * segment.beatsPerBar();
    }

    /**
     * The last segment that passes {@code atOrBefore} (the first always does): a binary search, since a damaged file
     * can hold many thousands of time signatures.
     */
    private int lastIndexAtOrBefore(java.util.function.Predicate<Segment> atOrBefore) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (atOrBefore.test(segments.get(middle))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The beat bar number {@code bar} ends on (where the next starts). */
    public double barEnd(int bar) {
        return barStart(bar + 1);
    }
}
