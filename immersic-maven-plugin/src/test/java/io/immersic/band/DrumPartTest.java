package io.immersic.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Groove.Hit;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DrumPartTest {

    private static final int KICK = 36;
    private static final int CRASH = 49;
    /** A hit may move this far (beats) from its bar line: 10 ms at 80 or 90 bpm, with room. */
    private static final double SLACK = 0.05;

    /** Bar {@code bar}'s hits as "key@step" (swing and nudges round back to the 16th grid). */
    private static Set<String> signature(Plan plan, List<Note> notes, int bar) {
        Set<String> out = new TreeSet<>();
        for (Note note : notes) {
            if (barOf(plan, note) == bar) {
                out.add(note.pitch() + "@" + Math.round((note.startBeat() - plan.barStart(bar)) * 4));
            }
        }
        return out;
    }

    private static int barOf(Plan plan, Note note) {
        return (int) Math.floor((note.startBeat() + SLACK) / plan.beatsPerBar());
    }

    private static List<Note> inBar(Plan plan, List<Note> notes, int bar) {
        return notes.stream().filter(note -> barOf(plan, note) == bar).toList();
    }

    @Test
    void theGrooveBarsVaryWithinTheLoop() {
        Plan plan = BandPlans.aba(true);
        List<Note> drums = DrumPart.write(plan, 3);
        Set<Set<String>> grooveBars = new HashSet<>();
        for (int bar = 0; bar < plan.bars(); bar++) {
            if (!plan.endsSection(bar)) {
                grooveBars.add(signature(plan, drums, bar));
            }
        }
        assertTrue(grooveBars.size() >= 2, "distinct groove bars: " + grooveBars);
        // The loop's first half is the plain groove, every pass.
        assertEquals(signature(plan, drums, 1), signature(plan, drums, 9));
    }

    @Test
    void everySectionEndsOnAFillOrADrop() {
        for (long seed = 0; seed < 20; seed++) {
            Plan plan = BandPlans.aba(true);
            List<Note> drums = DrumPart.write(plan, seed);
            for (Plan.Section section : plan.sections()) {
                int last = section.endBar() - 1;
                Set<String> end = signature(plan, drums, last);
                // The bar before it is the same loop half, so differs only by the fill or drop.
                Set<String> before = signature(plan, drums, last - 1);
                assertNotEquals(before, end, "seed " + seed + " bar " + last);
                boolean drop = end.stream().noneMatch(hit -> hit.matches("(36|37|38)@(8|9|1[0-5])"));
                boolean fill = end.stream().anyMatch(hit -> hit.matches("(37|38|45|47|50)@(8|9|1[0-5])")
                        && !before.contains(hit));
                assertTrue(drop || fill, "seed " + seed + " bar " + last + ": " + end);
            }
        }
    }

    @Test
    void aCrashOpensEverySectionButTheFirst() {
        Plan plan = BandPlans.aba(false);
        List<Note> drums = DrumPart.write(plan, 5);
        for (Plan.Section section : plan.sections()) {
            double start = plan.barStart(section.startBar());
            boolean crash = drums.stream()
                    .anyMatch(note -> note.pitch() == CRASH && Math.abs(note.startBeat() - start) < SLACK);
            assertEquals(section.startBar() > 0, crash, "bar " + section.startBar());
        }
    }

    @Test
    void aTrackOpensWithoutKickAndEndsOnKickAndCrash() {
        Plan plan = BandPlans.ab(false);
        List<Note> drums = DrumPart.write(plan, 7);
        assertTrue(inBar(plan, drums, 0).stream().noneMatch(note -> note.pitch() == KICK), "no kick in bar 1");
        assertFalse(inBar(plan, drums, 0).isEmpty(), "the intro keeps time");
        List<Note> last = inBar(plan, drums, plan.bars() - 1);
        assertEquals(Set.of(KICK, CRASH), Set.of(last.get(0).pitch(), last.get(1).pitch()));
        assertEquals(2, last.size());
        for (Note note : last) {
            assertEquals(plan.barStart(plan.bars() - 1), note.startBeat(), SLACK);
        }
    }

    @Test
    void threeLoopPassesOpenWithAWholeSparsePass() {
        Plan plan = BandPlans.aba(false);
        List<Note> drums = DrumPart.write(plan, 7);
        for (int bar = 0; bar < plan.loopBars(); bar++) {
            assertTrue(inBar(plan, drums, bar).stream().noneMatch(note -> note.pitch() == KICK), "bar " + bar);
        }
        assertTrue(inBar(plan, drums, plan.loopBars()).stream().anyMatch(note -> note.pitch() == KICK));
    }

    @Test
    void aLoopHasNoIntroAndNoEnding() {
        Plan plan = BandPlans.ab(true);
        List<Note> drums = DrumPart.write(plan, 7);
        assertTrue(drums.stream().anyMatch(note -> note.pitch() == KICK && note.startBeat() < SLACK),
                "the groove plays from bar 1");
        assertTrue(drums.stream().noneMatch(note -> note.pitch() == CRASH && note.startBeat() < SLACK));
        assertTrue(inBar(plan, drums, plan.bars() - 1).size() > 2, "the last bar grooves or fills");
    }

    @Test
    void everyHitIsInsideTheTrackOnTheDrumChannelAndHuman() {
        for (Plan plan : List.of(BandPlans.ab(false), BandPlans.aba(true), BandPlans.waltz(false))) {
            List<Note> drums = DrumPart.write(plan, 11);
            double end = plan.bars() * plan.beatsPerBar();
            List<Groove> bars = DrumPart.bars(plan, 11);
            List<Double> nominal = new ArrayList<>();
            for (int bar = 0; bar < bars.size(); bar++) {
                for (Hit hit : bars.get(bar).hits()) {
                    nominal.add(plan.barStart(bar) + bars.get(bar).beatOf(hit.step()));
                }
            }
            assertEquals(nominal.size(), drums.size());
            double nudge = DrumPart.MAX_NUDGE_SECONDS * plan.bpm() / 60;
            int offGrid = 0;
            for (int i = 0; i < drums.size(); i++) {
                Note note = drums.get(i);
                assertEquals(Part.DRUMS.channel(), note.channel());
                assertTrue(note.startBeat() >= 0 && note.startBeat() < end, "start " + note.startBeat());
                assertTrue(note.endBeat() <= end + 1e-9, "end " + note.endBeat());
                assertEquals(nominal.get(i), note.startBeat(), nudge + 1e-9);
                offGrid += note.startBeat() != nominal.get(i) ? 1 : 0;
                if (note.pitch() == 38 && note.velocity() <= 35) {
                    assertTrue(note.velocity() >= 20, "ghost " + note.velocity());
                }
            }
            assertTrue(offGrid > drums.size() / 2, "hits are not quantized exactly");
            assertTrue(drums.stream().anyMatch(note -> note.velocity() <= 35), "ghosts are quiet");
        }
    }

    @Test
    void theSameSeedPlaysTheSameAndSeedsChooseGrooves() {
        Plan plan = BandPlans.aba(false);
        assertEquals(DrumPart.write(plan, 42), DrumPart.write(plan, 42));
        Set<String> aGrooves = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            var grooves = DrumPart.grooves(plan, seed);
            assertNotEquals(grooves.get('A').name(), grooves.get('B').name(), "B contrasts with A");
            aGrooves.add(grooves.get('A').name());
        }
        assertTrue(aGrooves.size() >= 2, "seeds choose: " + aGrooves);
        assertNotEquals(DrumPart.write(plan, 1), DrumPart.write(plan, 2));
    }

    @Test
    void aThreeFourPlanPlaysThreeBeatBars() {
        Plan plan = BandPlans.waltz(true);
        List<Note> drums = DrumPart.write(plan, 9);
        for (Groove bar : DrumPart.bars(plan, 9)) {
            assertEquals(12, bar.steps());
        }
        for (int bar = 0; bar < plan.bars(); bar++) {
            List<Note> notes = inBar(plan, drums, bar);
            assertFalse(notes.isEmpty(), "bar " + bar);
            if (!plan.endsSection(bar)) {
                assertTrue(notes.stream().anyMatch(note -> note.pitch() == 38 || note.pitch() == 37),
                        "a backbeat in bar " + bar);
            }
        }
        assertTrue(drums.stream().allMatch(note -> note.startBeat() < plan.bars() * 3.0));
    }
    @Test
    void oddShapesPlayInsideTheTrack() {
        io.immersic.harmony.Chord c = BandPlans.C;
        List<Plan> plans = List.of(
                new Plan(null, 70, 4, 1, Plan.sections(" ABAB", 1), BandPlans.chords(null, c, c, c, c), false),
                new Plan(null, 95, 2.5, 2, Plan.sections("AABB", 2), BandPlans.chords(c, c, c, c), true),
                new Plan(null, 60, 4, 4, Plan.sections("A", 4), BandPlans.chords(c), false),
                new Plan(null, 60, 2, 4, Plan.sections("AB", 1), BandPlans.chords(c, c), false));
        for (Plan plan : plans) {
            double end = plan.bars() * plan.beatsPerBar();
            List<Note> drums = DrumPart.write(plan, 13);
            List<Note> bass = BassPart.write(plan, drums, 13);
            assertFalse(drums.isEmpty() || bass.isEmpty(), plan.toString());
            for (Note note : concat(drums, bass)) {
                assertTrue(note.startBeat() >= 0 && note.startBeat() < end && note.endBeat() <= end + 1e-9,
                        plan + ": " + note);
            }
        }
    }

    private static List<Note> concat(List<Note> a, List<Note> b) {
        List<Note> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
