package io.immersic.band;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A one-bar drum pattern on a 16th-note grid ({@value #STEPS_PER_BEAT} steps a beat), written as readable rows:
 * <pre>
 *   kick  X.....x...x.....
 *   snare ....X.......X...
 *   hat   X.x.X.x.X.x.X.x.
 * </pre>
 * A row is a {@link Drum#rowName()} and one character a step: {@code X} loud, {@code x} normal, {@code g} ghost,
 * {@code .} rest (spaces inside the pattern are ignored, so beats may be set apart). Fills are grooves too, one or
 * two beats long, laid over a bar's end.
 *
 * <p>Swing is kept as data and applied only when a step becomes a beat ({@link #beatOf}): lo-fi hats sit late, the
 * off-beat at {@code swing} of the way through its pair instead of halfway.
 */
public final class Groove {

    /** Grid steps in one quarter note. */
    public static final int STEPS_PER_BEAT = 4;

    /** How hard a step is hit, as the row's letter says. */
    public enum Accent {
        LOUD('X', 104), NORMAL('x', 86), GHOST('g', 28);

        private final char letter;
        private final int velocity;

        Accent(char letter, int velocity) {
            this.letter = letter;
            this.velocity = velocity;
        }

        /** The velocity before the drum's level and the human variation (ghosts stay quiet whatever the drum). */
        public int velocity() {
            return velocity;
        }

        static Accent of(char letter) {
            for (Accent accent : values()) {
                if (accent.letter == letter) {
                    return accent;
                }
            }
            return null;
        }
    }

    /** One hit: a drum at a grid step from the bar's start. */
    public record Hit(Drum drum, int step, Accent accent) {

        /** Whether it is the backbeat: a snare or side stick that is not a ghost. */
        public boolean backbeat() {
            return (drum == Drum.SNARE || drum == Drum.SIDE_STICK) && accent != Accent.GHOST;
        }
    }

    private final String name;
    private final double swing;
    private final int steps;
    private final boolean sixteenths;
    private final List<Hit> hits;

    private Groove(String name, double swing, int steps, boolean sixteenths, List<Hit> hits) {
        if (swing < 0.5 || swing >= 0.75) {
            throw new IllegalArgumentException("swing " + swing + " is outside [0.5, 0.75)");
        }
        this.name = name;
        this.swing = swing;
        this.steps = steps;
        this.sixteenths = sixteenths;
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::step).thenComparing(Hit::drum));
        this.hits = List.copyOf(sorted);
    }

    /**
     * Reads a groove from rows such as {@code "kick  X.....x...x....."}; every row must have the same length, a
     * whole number of beats.
     *
     * @param swing where an off-beat sits in its pair, 0.5 straight, ~0.6 lo-fi
     * @throws IllegalArgumentException naming the row that is wrong
     */
    public static Groove of(String name, double swing, String... rows) {
        List<Hit> hits = new ArrayList<>();
        int steps = -1;
        for (String row : rows) {
            String[] words = row.trim().split("\\s+", 2);
            Drum drum = Drum.named(words[0]);
            if (drum == null || words.length < 2) {
                throw new IllegalArgumentException(name + ": row '" + row + "' must start with a drum name");
            }
            String pattern = words[1].replace(" ", "");
            if (pattern.isEmpty() || pattern.length() % STEPS_PER_BEAT != 0
                    || (steps >= 0 && pattern.length() != steps)) {
                throw new IllegalArgumentException(name + ": row '" + row + "' is not whole beats the length of"
                        + " the others");
            }
            steps = pattern.length();
            for (int step = 0; step < pattern.length(); step++) {
                char letter = pattern.charAt(step);
                Accent accent = Accent.of(letter);
                if (accent != null) {
                    hits.add(new Hit(drum, step, accent));
                } else if (letter != '.') {
                    throw new IllegalArgumentException(name + ": '" + letter + "' in row '" + row
                            + "' is none of X x g .");
                }
            }
        }
        if (steps < 0) {
            throw new IllegalArgumentException(name + ": no rows");
        }
        // A groove with hits between the eighths swings its 16ths; one on eighths only swings its eighths.
        boolean sixteenths = hits.stream().anyMatch(hit -> hit.step() % 2 == 1);
        return new Groove(name, swing, steps, sixteenths, hits);
    }

    /** The lo-fi grooves a section can get, each named. */
    public static List<Groove> lofi() {
        return LOFI;
    }

    /** Fills for a section's last bar: one or two beats, laid over the bar's end. */
    public static List<Groove> fills() {
        return FILLS;
    }

    private static final List<Groove> LOFI = List.of(
            of("boom-bap", 0.62,
                    "kick  X... ..x. ..x. ....",
                    "snare .... X... .... X...",
                    "hat   X.x. X.x. X.x. X.x."),
            of("laid-back", 0.60,
                    "kick  X... .... x.x. ....",
                    "stick .... x... .... x...",
                    "snare .... ...g ..g. ...g",
                    "hat   x.x. x.x. x.x. x.x."),
            of("sparse ride", 0.58,
                    "kick  X... .... ..x. ....",
                    "snare .... x... .... x...",
                    "ride  x... x.x. x... x.x."),
            of("half-time", 0.60,
                    "kick  X... ..x. .... ..x.",
                    "snare .... .... X... ....",
                    "hat   X.x. x.x. X.x. x.x."),
            of("busy open hats", 0.58,
                    "kick  X.x. ..x. x.x. ....",
                    "snare .... X... .... X..g",
                    "hat   X.x. X.x. X.x. X...",
                    "open  .... .... .... ..x."),
            of("dusty shuffle", 0.62,
                    "kick  X... ...x ..x. ....",
                    "snare ..g. X... .g.. X...",
                    "hat   x.x. x.x. x.x. x.x."));

    private static final List<Groove> FILLS = List.of(
            of("snare run", 0.5,
                    "snare gxxX"),
            of("stick and snare", 0.5,
                    "stick x.x. ....",
                    "snare .... gxxX"),
            of("toms", 0.5,
                    "hitom  Xx.. ....",
                    "midtom ..xx ....",
                    "lotom  .... xx..",
                    "snare  .... ..xX"),
            of("ghost roll", 0.5,
                    "snare g.g. gxgX"));

    /** The groove's name, e.g. "boom-bap". */
    public String name() {
        return name;
    }

    /** Where an off-beat sits in its pair: 0.5 straight, 0.58–0.62 for the lo-fi grooves. */
    public double swing() {
        return swing;
    }

    /** Length in grid steps. */
    public int steps() {
        return steps;
    }

    /** The hits in step order. */
    public List<Hit> hits() {
        return hits;
    }

    /**
     * The swung place of a grid step, in beats from the bar's start. A groove with 16ths swings each off-16th to
     * {@code swing} of its eighth; one on eighths swings the off-eighth to {@code swing} of its beat, and a 16th
     * added to it lands halfway between its swung neighbours.
     */
    public double beatOf(int step) {
        int beat = Math.floorDiv(step, STEPS_PER_BEAT);
        int place = Math.floorMod(step, STEPS_PER_BEAT);
        double within = sixteenths
                ? (place / 2) * 0.5 + (place % 2) * 0.5 * swing
                : switch (place) {
                    case 0 -> 0;
                    case 1 -> swing / 2;
                    case 2 -> swing;
                    default -> (1 + swing) / 2;
                };
        return beat + within;
    }

    /**
     * The groove for a bar of {@code beatsPerBar} quarter notes, cut or extended beat by beat: a shorter bar drops
     * the last beats (3/4 keeps beats 1–3), a longer one repeats the third and fourth beats (6/4 plays 1 2 3 4 3 4),
     * so the snare stays on the backbeat. When cutting loses every backbeat (a half-time groove in 2/4), the groove's
     * first backbeat moves to the bar's last beat. A bar of a fraction of beats ends mid-beat.
     */
    public Groove fitTo(double beatsPerBar) {
        int fitted = Math.max(1, (int) Math.round(beatsPerBar * STEPS_PER_BEAT));
        if (fitted == steps) {
            return this;
        }
        int beats = steps / STEPS_PER_BEAT;
        int fittedBeats = (fitted + STEPS_PER_BEAT - 1) / STEPS_PER_BEAT;
        List<Hit> out = new ArrayList<>();
        for (int beat = 0; beat < fittedBeats; beat++) {
            int source = beat < beats ? beat : Math.max(0, beats - 2) + (beat - beats) % Math.min(2, beats);
            for (Hit hit : hits) {
                int step = beat * STEPS_PER_BEAT + hit.step() % STEPS_PER_BEAT;
                if (hit.step() / STEPS_PER_BEAT == source && step < fitted) {
                    out.add(new Hit(hit.drum(), step, hit.accent()));
                }
            }
        }
        Hit backbeat = hits.stream().filter(Hit::backbeat).findFirst().orElse(null);
        if (backbeat != null && fittedBeats >= 2 && out.stream().noneMatch(Hit::backbeat)) {
            out.add(new Hit(backbeat.drum(), (fittedBeats - 1) * STEPS_PER_BEAT, backbeat.accent()));
        }
        return new Groove(name, swing, fitted, sixteenths, out);
    }

    /** The same grid and swing with other hits: a bar of this groove varied, filled or dropped. */
    public Groove with(List<Hit> otherHits) {
        for (Hit hit : otherHits) {
            if (hit.step() < 0 || hit.step() >= steps) {
                throw new IllegalArgumentException("step " + hit.step() + " outside the bar of " + steps);
            }
        }
        return new Groove(name, swing, steps, sixteenths, otherHits);
    }

    @Override
    public String toString() {
        return name;
    }
}
