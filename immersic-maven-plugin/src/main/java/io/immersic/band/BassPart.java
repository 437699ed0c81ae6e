package io.immersic.band;

import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The bass player: the bar chord's root on every downbeat, low (E1–D#2), then the fifth, octave or root on some of
 * the kick's hits, now and then a step into the next bar's root when the chord changes. Each section letter gets a
 * figure, written once per bar of its loop relative to the chord, so the bass comes back with the loop as the keys
 * do.
 */
public final class BassPart {

    /** E1: the lowest root; roots take the octave E1–D#2, so the downbeat stays below C3. */
    static final int LOWEST_ROOT = 28;
    /** E3: the highest note the line reaches (a D#2 root's octave is 51). */
    static final int HIGHEST = 52;
    /** A kick this near (in beats) a figure's onset carries it: the bass locks to this pass's kick. */
    private static final double LOCK = 0.1;
    private static final int[] APPROACHES = {-1, -1, -2, 1, 2};

    private enum Tone { ROOT, FIFTH, OCTAVE }

    /** How a letter's bass answers the kick: the tones it cycles through, how often it rests and approaches. */
    private enum Figure {
        ROOT_FIFTH(0.3, 0.5, Tone.FIFTH, Tone.ROOT),
        OCTAVE_BOUNCE(0.25, 0.4, Tone.OCTAVE, Tone.ROOT),
        FIFTH_OCTAVE(0.3, 0.6, Tone.FIFTH, Tone.OCTAVE),
        ROOT_PEDAL(0.5, 0.35, Tone.ROOT);

        final double rest;
        final double approach;
        final Tone[] tones;

        Figure(double rest, double approach, Tone... tones) {
            this.rest = rest;
            this.approach = approach;
            this.tones = tones;
        }
    }

    /** A figure's onset: beats after the downbeat, and the chord tone it plays. */
    private record Onset(double offset, Tone tone) {}

    /** One bar of a letter's loop, relative to its chord; approach is the step into the next root, 0 for none. */
    private record BarFigure(List<Onset> onsets, int approach) {}

    private BassPart() {}

    /**
     * The bass on {@link Part#BASS}'s channel. The kick hits (GM 35, 36) of {@code drums} say where the bass may
     * play; with no drums it plays the downbeat and beat 3. Bars without a chord keep the previous one; before the
     * first chord the bass rests. Unless the plan loops, the last bar is the root held. The same inputs give the
     * same notes.
     */
    public static List<Note> write(Plan plan, List<Note> drums, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xbb67ae8584caa73bL);
        List<List<Double>> kicks = kicks(plan, drums);
        Chord[] chords = heldChords(plan);
        Map<Character, Figure> figures = new LinkedHashMap<>();
        Map<String, BarFigure> written = new HashMap<>();
        List<double[]> onsets = new ArrayList<>(); // {beat, pitch, velocity}
        for (int bar = 0; bar < plan.bars(); bar++) {
            char letter = plan.sectionOf(bar).letter();
            Figure figure = figures.computeIfAbsent(letter,
                    any -> Figure.values()[random.nextInt(Figure.values().length)]);
            String place = letter + ":" + plan.barInLoop(bar);
            if (!written.containsKey(place)) {
                written.put(place, compose(figure, usualKicks(plan, kicks, bar), plan.beatsPerBar(), random));
            }
            Chord chord = chords[bar];
            if (chord == null) {
                continue;
            }
            double start = plan.barStart(bar);
            int root = rootPitch(chord.root());
            if (!plan.loop() && bar == plan.bars() - 1) {
                onsets.add(new double[] {start, root, velocity(93, 2, random)});
                continue;
            }
            BarFigure barFigure = written.get(place);
            Chord next = bar + 1 < plan.bars() ? chords[bar + 1] : plan.loop() ? chords[0] : null;
            boolean approach = barFigure.approach() != 0 && next != null && next.root() != chord.root()
                    && plan.beatsPerBar() >= 1;
            double lastEighth = plan.beatsPerBar() - 0.5;
            for (Onset onset : barFigure.onsets()) {
                if (onset.offset() == 0) {
                    onsets.add(new double[] {start, root, velocity(93, 2, random)});
                } else if (!approach || onset.offset() < lastEighth - LOCK) {
                    double at = start + lock(onset.offset(), kicks.get(bar));
                    onsets.add(new double[] {at, root + interval(onset.tone(), chord), velocity(85, 3, random)});
                }
            }
            if (approach) {
                int target = rootPitch(next.root());
                int pitch = target + barFigure.approach();
                pitch = pitch < LOWEST_ROOT || pitch > HIGHEST ? target - barFigure.approach() : pitch;
                onsets.add(new double[] {start + lastEighth, pitch, velocity(81, 2, random)});
            }
        }
        return legato(plan, onsets);
    }

    /** A bar of the figure from the kicks the bar usually has: the root on the downbeat, tones or rests after. */
    private static BarFigure compose(Figure figure, List<Double> kicks, double beatsPerBar, SplittableRandom random) {
        List<Onset> onsets = new ArrayList<>();
        onsets.add(new Onset(0, Tone.ROOT));
        int played = 0;
        for (double kick : kicks) {
            // A kick on the downbeat is the root's; one at the bar line belongs to the next bar.
            if (kick > 0.2 && kick < beatsPerBar - LOCK && random.nextDouble() >= figure.rest) {
                onsets.add(new Onset(kick, figure.tones[played++ % figure.tones.length]));
            }
        }
        int approach = APPROACHES[random.nextInt(APPROACHES.length)];
        return new BarFigure(onsets, random.nextDouble() < figure.approach ? approach : 0);
    }

    /** Each bar's kick onsets, in beats from the bar's start (an early downbeat kick counts in its bar). */
    private static List<List<Double>> kicks(Plan plan, List<Note> drums) {
        List<List<Double>> kicks = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            kicks.add(new ArrayList<>());
        }
        for (Note note : drums) {
            if (note.pitch() == 35 || note.pitch() == 36) {
                int bar = (int) Math.floor((note.startBeat() + LOCK) / plan.beatsPerBar());
                if (bar >= 0 && bar < plan.bars()) {
                    kicks.get(bar).add(note.startBeat() - plan.barStart(bar));
                }
            }
        }
        kicks.forEach(list -> list.sort(Comparator.naturalOrder()));
        return kicks;
    }

    /**
     * The kicks of this bar's place in its letter's loop as most passes play them (a fill, a drop or an intro
     * changes one pass, not the figure); the downbeat and beat 3 where no pass has a kick.
     */
    private static List<Double> usualKicks(Plan plan, List<List<Double>> kicks, int bar) {
        char letter = plan.sectionOf(bar).letter();
        Map<List<Long>, List<Double>> first = new LinkedHashMap<>();
        Map<List<Long>, Integer> count = new HashMap<>();
        for (int other = 0; other < plan.bars(); other++) {
            if (plan.sectionOf(other).letter() == letter && plan.barInLoop(other) == plan.barInLoop(bar)
                    && !kicks.get(other).isEmpty()) {
                List<Long> grid = kicks.get(other).stream().map(beat -> Math.round(beat * 4)).toList();
                first.putIfAbsent(grid, kicks.get(other));
                count.merge(grid, 1, Integer::sum);
            }
        }
        return first.entrySet().stream()
                .max(Comparator.comparingInt(entry -> count.get(entry.getKey())))
                .map(Map.Entry::getValue)
                .orElse(plan.beatsPerBar() > 2 ? List.of(0.0, 2.0) : List.of(0.0));
    }

    /** The onset moved onto this bar's kick when one is near, so the bass and kick speak together. */
    private static double lock(double offset, List<Double> kicksInBar) {
        double nearest = offset;
        double distance = LOCK;
        for (double kick : kicksInBar) {
            if (Math.abs(kick - offset) <= distance) {
                nearest = kick;
                distance = Math.abs(kick - offset);
            }
        }
        return nearest;
    }

    /** Every bar's chord, a bar without one keeping the one before; null before the first chord. */
    private static Chord[] heldChords(Plan plan) {
        Chord[] held = new Chord[plan.bars()];
        Chord last = null;
        for (int bar = 0; bar < plan.bars(); bar++) {
            last = plan.chords().get(bar) != null ? plan.chords().get(bar) : last;
            held[bar] = last;
        }
        return held;
    }

    /** The root in the octave E1–D#2. */
    static int rootPitch(int pitchClass) {
        return LOWEST_ROOT + Math.floorMod(pitchClass - 4, 12);
    }

    /** Semitones above the root: the chord's own fifth (diminished or augmented where it has one). */
    private static int interval(Tone tone, Chord chord) {
        boolean[] members = chord.pitchClasses();
        return switch (tone) {
            case ROOT -> 0;
            case OCTAVE -> 12;
            case FIFTH -> members[(chord.root() + 7) % 12] ? 7 : members[(chord.root() + 6) % 12] ? 6
                    : members[(chord.root() + 8) % 12] ? 8 : 7;
        };
    }

    private static int velocity(int around, int spread, SplittableRandom random) {
        return around + random.nextInt(-spread, spread + 1);
    }

    /** Notes held to the next onset less a breath, at most a bar; the last to the track's end. */
    private static List<Note> legato(Plan plan, List<double[]> onsets) {
        onsets.sort(Comparator.comparingDouble(onset -> onset[0]));
        double end = plan.bars() * plan.beatsPerBar();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < onsets.size(); i++) {
            double start = onsets.get(i)[0];
            double next = i + 1 < onsets.size() ? onsets.get(i + 1)[0] : end;
            double span = Math.min(next, end) - start;
            double length = i + 1 < onsets.size() ? Math.min(span - Math.min(0.1, span * 0.15), plan.beatsPerBar())
                    : span;
            if (length > 0) {
                notes.add(new Note((int) onsets.get(i)[1], (int) onsets.get(i)[2], start, length,
                        Part.BASS.channel()));
            }
        }
        return notes;
    }
}
