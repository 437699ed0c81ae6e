package io.immersic.band;

import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordQuality;
import io.immersic.harmony.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plans the band's tests share, with chords a reader can check by hand. */
final class BandPlans {

    static final Chord C = new Chord(0, ChordQuality.MAJOR);
    static final Chord DM = new Chord(2, ChordQuality.MINOR);
    static final Chord F = new Chord(5, ChordQuality.MAJOR);
    static final Chord G = new Chord(7, ChordQuality.MAJOR);
    static final Chord AM = new Chord(9, ChordQuality.MINOR);
    /** A section's loop: C F Am G. */
    static final List<Chord> A_LOOP = List.of(C, F, AM, G);
    /** B section's loop: Dm G C C. */
    static final List<Chord> B_LOOP = List.of(DM, G, C, C);

    private BandPlans() {}

    /** A (4 bars: C F Am G) then B (4 bars: Dm G C C), 4/4 at 80 bpm, a 4-bar loop. */
    static Plan ab(boolean loop) {
        return plan("AAAABBBB", 4, loop, concat(A_LOOP, B_LOOP));
    }

    /** AAAA BBBB AAAA: the A loop comes back after B (three loop passes, so the intro is the first pass). */
    static Plan aba(boolean loop) {
        return plan("AAAABBBBAAAA", 4, loop, concat(A_LOOP, B_LOOP, A_LOOP));
    }

    /** AB in 3/4: A (C F Am G), B (Dm G C C). */
    static Plan waltz(boolean loop) {
        return new Plan(new Key(0, false), 90, 3, 4, Plan.sections("AAAABBBB", 4), concat(A_LOOP, B_LOOP), loop);
    }

    static Plan plan(String letters, int loopBars, boolean loop, List<Chord> chords) {
        return new Plan(new Key(0, false), 80, 4, loopBars, Plan.sections(letters, loopBars), chords, loop);
    }

    /** Chords where nulls are allowed (List.of refuses them). */
    static List<Chord> chords(Chord... chords) {
        return Arrays.asList(chords);
    }

    @SafeVarargs
    private static List<Chord> concat(List<Chord>... loops) {
        List<Chord> all = new ArrayList<>();
        for (List<Chord> loop : loops) {
            all.addAll(loop);
        }
        return all;
    }
}
