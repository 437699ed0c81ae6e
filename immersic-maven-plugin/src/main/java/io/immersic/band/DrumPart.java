package io.immersic.band;

import io.immersic.band.Groove.Accent;
import io.immersic.band.Groove.Hit;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The drummer: plays the plan's form with the lo-fi {@link Groove}s. Each section letter gets its own groove, the
 * loop's second half adds a kick or a ghost note, a section's last bar has a fill or a drop, a new section opens
 * on a crash, and (unless the track loops) a sparse intro leads in and a kick with a crash ends it. Hits are swung
 * as their groove says, then humanized: velocity ±6 (ghosts kept within 20–35) and timing within 10 ms of the grid,
 * never before the track's start or past its end.
 */
public final class DrumPart {

    static final int VELOCITY_SPREAD = 6;
    static final double MAX_NUDGE_SECONDS = 0.010;
    static final int GHOST_MIN = 20;
    static final int GHOST_MAX = 35;
    /** The share of section ends that get a fill; the rest drop out (kick and snare silent for half a bar). */
    private static final double FILL_SHARE = 0.8;
    private static final long SALT = 0x6a09e667f3bcc909L;

    private DrumPart() {}

    /**
     * The groove each section letter plays, fitted to the plan's metre, in the order the letters first come. A
     * seeded choice; while unused grooves remain a new letter gets one no other letter has, so a B section
     * contrasts with its A.
     */
    public static Map<Character, Groove> grooves(Plan plan, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ SALT);
        Map<Character, Groove> chosen = new LinkedHashMap<>();
        for (Plan.Section section : plan.sections()) {
            if (!chosen.containsKey(section.letter())) {
                List<Groove> fresh = new ArrayList<>(Groove.lofi());
                fresh.removeIf(groove -> chosen.values().stream().anyMatch(c -> c.name().equals(groove.name())));
                List<Groove> pool = fresh.isEmpty() ? Groove.lofi() : fresh;
                chosen.put(section.letter(), pool.get(random.nextInt(pool.size())).fitTo(plan.beatsPerBar()));
            }
        }
        return chosen;
    }

    /**
     * The drum part on channel 9, General MIDI keys, every onset in [0, the track's end). The same plan and seed
     * give the same notes.
     */
    public static List<Note> write(Plan plan, long seed) {
        List<Groove> bars = bars(plan, seed);
        SplittableRandom human = new SplittableRandom(seed * 0x9e3779b97f4a7c15L + 1);
        double end = plan.bars() * plan.beatsPerBar();
        double beatsPerSecond = plan.bpm() / 60;
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < bars.size(); bar++) {
            Groove pattern = bars.get(bar);
            for (Hit hit : pattern.hits()) {
                notes.add(note(hit, plan.barStart(bar) + pattern.beatOf(hit.step()), end, beatsPerSecond, human));
            }
        }
        return notes;
    }

    /** Every bar's pattern before swing and humanizing: grooves, variations, fills, drops, crashes, intro, ending. */
    static List<Groove> bars(Plan plan, long seed) {
        Map<Character, Groove> grooves = grooves(plan, seed);
        SplittableRandom random = new SplittableRandom((seed ^ SALT) + 0x3c6ef372fe94f82bL);
        Map<Character, Hit> variations = new LinkedHashMap<>();
        grooves.forEach((letter, groove) -> variations.put(letter, variation(groove, random)));
        int intro = introBars(plan);
        List<Groove> bars = new ArrayList<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            Plan.Section section = plan.sectionOf(bar);
            Groove groove = grooves.get(section.letter());
            if (!plan.loop() && bar == plan.bars() - 1) {
                bars.add(groove.with(List.of(new Hit(Drum.KICK, 0, Accent.LOUD), new Hit(Drum.CRASH, 0,
                        Accent.LOUD))));
                continue;
            }
            List<Hit> hits = new ArrayList<>(groove.hits());
            if (varied(plan, bar) && variations.get(section.letter()) != null) {
                hits.add(variations.get(section.letter()));
            }
            if (bar < intro) {
                hits = sparse(hits);
            }
            if (plan.endsSection(bar)) {
                boolean dropOut = random.nextDouble() >= FILL_SHARE;
                Groove fill = Groove.fills().get(random.nextInt(Groove.fills().size()));
                List<Hit> dropped = drop(hits, groove.steps());
                // A bar with nothing to drop (an intro has no kick or snare) fills into what follows instead.
                hits = dropOut && dropped.size() < hits.size() ? dropped : fill(hits, fill, groove.steps());
            }
            if (plan.startsSection(bar) && bar > 0) {
                hits.removeIf(hit -> hit.step() == 0 && hit.drum().cymbal());
                hits.add(new Hit(Drum.CRASH, 0, Accent.LOUD));
            }
            bars.add(groove.with(hits));
        }
        return bars;
    }

    /**
     * Bars of sparse intro: none in loop mode (bar 1 follows the last bar), otherwise the first bar, or the first
     * loop pass when the loop plays three times or more; never the last bar, which ends the track.
     */
    static int introBars(Plan plan) {
        if (plan.loop()) {
            return 0;
        }
        int bars = plan.bars() / plan.loopBars() >= 3 ? plan.loopBars() : 1;
        return Math.min(bars, plan.bars() - 1);
    }

    /** Whether the bar is in its loop's second half (with a one-bar loop: every other bar of the section). */
    private static boolean varied(Plan plan, int bar) {
        if (plan.loopBars() == 1) {
            return (bar - plan.sectionOf(bar).startBar()) % 2 == 1;
        }
        return plan.barInLoop(bar) >= plan.loopBars() / 2;
    }

    /** A seeded extra hit for the loop's second half: a kick or a ghost snare where the groove has none. */
    private static Hit variation(Groove groove, SplittableRandom random) {
        List<Hit> candidates = new ArrayList<>();
        for (int step : new int[] {14, 3, 11, 7, 15}) {
            candidates.add(new Hit(Drum.KICK, step, Accent.NORMAL));
        }
        for (int step : new int[] {7, 9, 15, 11, 13}) {
            candidates.add(new Hit(Drum.SNARE, step, Accent.GHOST));
        }
        candidates.removeIf(extra -> extra.step() >= groove.steps() || groove.hits().stream()
                .anyMatch(hit -> hit.step() == extra.step() && hit.drum() == extra.drum()));
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** The intro's bar: time (hats, ride) and the backbeat on the side stick; no kick, toms or ghosts. */
    private static List<Hit> sparse(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.drum().cymbal()) {
                out.add(hit);
            } else if (hit.backbeat()) {
                out.add(new Hit(Drum.SIDE_STICK, hit.step(), Accent.NORMAL));
            }
        }
        return out;
    }

    /** The drop: kick and snare (and stick) out for the bar's second half, the hats carry on. */
    private static List<Hit> drop(List<Hit> hits, int steps) {
        List<Hit> out = new ArrayList<>(hits);
        out.removeIf(hit -> hit.step() >= steps / 2 && !hit.drum().cymbal());
        return out;
    }

    /** The fill laid over the bar's end: what the groove had there gives way to it (a short bar takes its tail). */
    private static List<Hit> fill(List<Hit> hits, Groove fill, int steps) {
        int length = Math.min(fill.steps(), steps);
        int from = steps - length;
        List<Hit> out = new ArrayList<>(hits);
        out.removeIf(hit -> hit.step() >= from);
        for (Hit hit : fill.hits()) {
            int step = from + hit.step() - (fill.steps() - length);
            if (step >= from) {
                out.add(new Hit(hit.drum(), step, hit.accent()));
            }
        }
        return out;
    }

    private static Note note(Hit hit, double beat, double end, double beatsPerSecond, SplittableRandom human) {
        // The backbeat lays back a little, the rest straddles the grid: never more than MAX_NUDGE_SECONDS.
        double earliest = hit.backbeat() ? -0.3 : -1;
        double nudge = (earliest + (1 - earliest) * human.nextDouble()) * MAX_NUDGE_SECONDS * beatsPerSecond;
        double start = Math.min(Math.max(0, beat + nudge), end - 1.0 / 64);
        int spread = human.nextInt(-VELOCITY_SPREAD, VELOCITY_SPREAD + 1);
        int velocity = hit.accent() == Accent.GHOST
                ? Math.max(GHOST_MIN, Math.min(GHOST_MAX, Accent.GHOST.velocity() + spread))
                : Math.max(GHOST_MAX + 5, Math.min(127, (int) Math.round(hit.accent().velocity()
                        * hit.drum().level()) + spread));
        double length = switch (hit.drum()) {
            case CRASH -> 2.0;
            case OPEN_HAT, RIDE -> 0.5;
            default -> 0.25;
        };
        return new Note(hit.drum().key(), velocity, start, Math.min(length, end - start), Part.DRUMS.channel());
    }
}
