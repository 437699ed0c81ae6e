package io.immersic.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.harmony.Chord;
import io.immersic.midi.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

class BassPartTest {

    private static final int KICK = 36;

    private static List<Note> inBar(Plan plan, List<Note> notes, int bar) {
        double start = plan.barStart(bar);
        return notes.stream()
                .filter(note -> note.startBeat() >= start - 1e-9 && note.startBeat() < start + plan.beatsPerBar())
                .toList();
    }

    /** The root of {@code chord} in the bass's root octave, E1 (28) .. D#2 (39). */
    private static int root(Chord chord) {
        return 28 + Math.floorMod(chord.root() - 4, 12);
    }

    @Test
    void everyBarOpensOnItsRootLow() {
        for (long seed = 0; seed < 10; seed++) {
            Plan plan = BandPlans.ab(false);
            List<Note> bass = BassPart.write(plan, DrumPart.write(plan, seed), seed);
            for (int bar = 0; bar < plan.bars(); bar++) {
                Note first = inBar(plan, bass, bar).get(0);
                Chord chord = plan.chords().get(bar);
                assertEquals(plan.barStart(bar), first.startBeat(), 1e-9, "bar " + bar);
                assertEquals(chord.root(), first.pitch() % 12, "bar " + bar + " is " + chord);
                assertTrue(first.pitch() >= 28 && first.pitch() <= 47, "bar " + bar + ": " + first.pitch());
                assertEquals(root(chord), first.pitch());
            }
            // C F Am G / Dm G C C, by hand: C2 F1 A1 G1 / D2 G1 C2 C2.
            assertEquals(List.of(36, 29, 33, 31, 38, 31, 36, 36),
                    java.util.stream.IntStream.range(0, 8).map(bar -> inBar(plan, bass, bar).get(0).pitch())
                            .boxed().toList());
        }
    }

    @Test
    void theBassPlaysWithTheKick() {
        for (long seed = 0; seed < 10; seed++) {
            Plan plan = BandPlans.ab(false);
            List<Note> drums = DrumPart.write(plan, seed);
            List<Note> bass = BassPart.write(plan, drums, seed);
            int together = 0;
            for (Note note : bass) {
                boolean downbeat = Math.abs(note.startBeat() / 4 - Math.round(note.startBeat() / 4)) < 1e-9;
                boolean kick = drums.stream()
                        .anyMatch(hit -> hit.pitch() == KICK && Math.abs(hit.startBeat() - note.startBeat()) < 1e-9);
                together += downbeat || kick ? 1 : 0;
            }
            assertTrue(together >= 0.6 * bass.size(), "seed " + seed + ": " + together + " of " + bass.size());
            assertTrue(bass.size() > plan.bars(), "seed " + seed + ": more than the downbeats");
        }
    }

    @Test
    void theSectionsBassComesBackWithItsLoop() {
        for (long seed = 0; seed < 10; seed++) {
            for (boolean loop : new boolean[] {false, true}) {
                Plan plan = BandPlans.aba(loop);
                List<Note> bass = BassPart.write(plan, DrumPart.write(plan, seed), seed);
                // Bar 12 ends a non-looping track on a held root; looping, it differs from bar 4 only in its last
                // eighth, where an approach leads to bar 1's C instead of bar 5's Dm.
                int bars = loop ? 4 : 3;
                for (int b = 0; b < bars; b++) {
                    int bar = b;
                    double lastEighth = plan.barStart(bar) + 3.5 - 0.05;
                    List<Note> first = inBar(plan, bass, bar).stream()
                            .filter(note -> bar < 3 || note.startBeat() < lastEighth).toList();
                    List<Note> again = inBar(plan, bass, bar + 8).stream()
                            .filter(note -> bar < 3 || note.startBeat() < lastEighth + 32).toList();
                    assertEquals(first.size(), again.size(), "seed " + seed + " bar " + bar);
                    for (int i = 0; i < first.size(); i++) {
                        assertEquals(first.get(i).pitch(), again.get(i).pitch(), "seed " + seed + " bar " + bar);
                        assertEquals(first.get(i).startBeat() + 32, again.get(i).startBeat(), 0.05);
                    }
                }
            }
        }
    }

    @Test
    void theLineStaysLowLegatoAndTheDownbeatIsStrongest() {
        Plan plan = BandPlans.aba(true);
        List<Note> bass = BassPart.write(plan, DrumPart.write(plan, 4), 4);
        for (int i = 0; i < bass.size(); i++) {
            Note note = bass.get(i);
            assertEquals(Part.BASS.channel(), note.channel());
            assertTrue(note.pitch() >= 28 && note.pitch() <= 52, "pitch " + note.pitch());
            assertTrue(note.velocity() >= 78 && note.velocity() <= 95, "velocity " + note.velocity());
            if (i + 1 < bass.size()) {
                assertTrue(note.endBeat() < bass.get(i + 1).startBeat(), "legato, not overlapping: " + note);
            }
        }
        for (int bar = 0; bar < plan.bars(); bar++) {
            List<Note> notes = inBar(plan, bass, bar);
            for (Note other : notes.subList(1, notes.size())) {
                assertTrue(notes.get(0).velocity() > other.velocity(), "bar " + bar);
            }
        }
    }

    @Test
    void someChordChangesAreApproachedByAStep() {
        int approaches = 0;
        for (long seed = 0; seed < 20; seed++) {
            Plan plan = BandPlans.ab(true);
            List<Note> bass = BassPart.write(plan, DrumPart.write(plan, seed), seed);
            for (int bar = 0; bar < plan.bars(); bar++) {
                int next = root(plan.chords().get((bar + 1) % plan.bars()));
                double lastEighth = plan.barStart(bar) + 3.5;
                for (Note note : inBar(plan, bass, bar)) {
                    int step = Math.abs(note.pitch() - next);
                    if (Math.abs(note.startBeat() - lastEighth) < 1e-9 && (step == 1 || step == 2)) {
                        approaches++;
                    }
                }
            }
        }
        assertTrue(approaches > 0, "approach notes");
    }

    @Test
    void barsWithoutAChordKeepThePreviousOneAndTheTrackEndsOnAHeldRoot() {
        Plan plan = BandPlans.plan("AAAA", 4, false,
                BandPlans.chords(null, BandPlans.C, null, BandPlans.G));
        List<Note> bass = BassPart.write(plan, DrumPart.write(plan, 1), 1);
        assertTrue(inBar(plan, bass, 0).isEmpty(), "rest before the first chord");
        assertEquals(36, inBar(plan, bass, 1).get(0).pitch());
        assertTrue(inBar(plan, bass, 2).stream().allMatch(note -> note.pitch() % 12 == 0 || note.pitch() % 12 == 7
                || note.pitch() % 12 == 5 || note.pitch() % 12 == 6), "bar 3 plays C's tones (or steps to G)");
        assertEquals(36, inBar(plan, bass, 2).get(0).pitch());
        List<Note> last = inBar(plan, bass, 3);
        assertEquals(1, last.size());
        assertEquals(31, last.get(0).pitch());
        assertEquals(16.0, last.get(0).endBeat(), 1e-9);
    }

    @Test
    void withoutDrumsTheBassPlaysTheDownbeatAndBeatThree() {
        Plan plan = BandPlans.ab(true);
        for (Note note : BassPart.write(plan, List.of(), 3)) {
            double offset = note.startBeat() % 4;
            assertTrue(offset == 0 || offset == 2 || offset == 3.5, "onset " + note.startBeat());
        }
    }

    @Test
    void theSameSeedPlaysTheSameAndAThreeFourPlanWorks() {
        Plan plan = BandPlans.aba(false);
        List<Note> drums = DrumPart.write(plan, 8);
        assertEquals(BassPart.write(plan, drums, 8), BassPart.write(plan, drums, 8));
        Plan waltz = BandPlans.waltz(false);
        List<Note> bass = BassPart.write(waltz, DrumPart.write(waltz, 8), 8);
        for (int bar = 0; bar < waltz.bars(); bar++) {
            Note first = inBar(waltz, bass, bar).get(0);
            assertEquals(waltz.barStart(bar), first.startBeat(), 1e-9);
            assertEquals(waltz.chords().get(bar).root(), first.pitch() % 12);
        }
        assertTrue(bass.stream().allMatch(note -> note.endBeat() <= waltz.bars() * 3.0 + 1e-9));
    }
}
