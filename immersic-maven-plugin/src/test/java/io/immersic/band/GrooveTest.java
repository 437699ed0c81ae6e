package io.immersic.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Groove.Accent;
import io.immersic.band.Groove.Hit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrooveTest {

    private static final Groove BOOM_BAP = Groove.of("test boom-bap", 0.62,
            "kick  X... ..x. ..x. ....",
            "snare .... X... .... X...",
            "hat   x.x. x.x. x.x. x.x.");

    private static List<Integer> steps(Groove groove, Drum drum) {
        return groove.hits().stream().filter(hit -> hit.drum() == drum).map(Hit::step).toList();
    }

    @Test
    void rowsReadAsStepsAndAccents() {
        assertEquals(16, BOOM_BAP.steps());
        assertEquals(List.of(0, 6, 10), steps(BOOM_BAP, Drum.KICK));
        assertEquals(List.of(4, 12), steps(BOOM_BAP, Drum.SNARE));
        assertEquals(List.of(0, 2, 4, 6, 8, 10, 12, 14), steps(BOOM_BAP, Drum.CLOSED_HAT));
        assertTrue(BOOM_BAP.hits().contains(new Hit(Drum.KICK, 0, Accent.LOUD)));
        assertTrue(BOOM_BAP.hits().contains(new Hit(Drum.KICK, 6, Accent.NORMAL)));
        Groove ghosts = Groove.of("ghosts", 0.6, "snare g... X...");
        assertEquals(Accent.GHOST, ghosts.hits().get(0).accent());
        assertEquals(8, ghosts.steps());
    }

    @Test
    void badRowsAreRefusedWithTheRow() {
        assertThrows(IllegalArgumentException.class, () -> Groove.of("x", 0.6, "cowbell x..."));
        assertThrows(IllegalArgumentException.class, () -> Groove.of("x", 0.6, "kick x.."));
        assertThrows(IllegalArgumentException.class, () -> Groove.of("x", 0.6, "kick x...", "hat x.x.x.x."));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Groove.of("x", 0.6, "kick x.o."));
        assertTrue(error.getMessage().contains("kick x.o."), error.getMessage());
    }

    @Test
    void eighthGroovesSwingTheOffEighth() {
        assertEquals(0.0, BOOM_BAP.beatOf(0), 1e-9);
        assertEquals(0.62, BOOM_BAP.beatOf(2), 1e-9);
        assertEquals(1.0, BOOM_BAP.beatOf(4), 1e-9);
        assertEquals(2.62, BOOM_BAP.beatOf(10), 1e-9);
        // A 16th added to an eighth groove sits between its swung neighbours.
        assertEquals(3 + 0.81, BOOM_BAP.beatOf(15), 1e-9);
    }

    @Test
    void sixteenthGroovesSwingTheOffSixteenth() {
        Groove sixteenths = Groove.of("s", 0.6, "hat xxxx");
        assertEquals(0.3, sixteenths.beatOf(1), 1e-9);
        assertEquals(0.5, sixteenths.beatOf(2), 1e-9);
        assertEquals(0.8, sixteenths.beatOf(3), 1e-9);
    }

    @Test
    void theLofiGroovesAreFiveOrMoreNamedSwungBars() {
        List<Groove> grooves = Groove.lofi();
        assertTrue(grooves.size() >= 5);
        Set<String> names = new HashSet<>();
        for (Groove groove : grooves) {
            assertTrue(names.add(groove.name()), "names are distinct: " + groove.name());
            assertEquals(16, groove.steps(), groove.name());
            assertTrue(groove.swing() >= 0.58 && groove.swing() <= 0.62, groove.name());
            assertTrue(steps(groove, Drum.KICK).contains(0), groove.name() + " has a kick on 1");
            assertTrue(groove.hits().stream().anyMatch(Hit::backbeat), groove.name() + " has a backbeat");
        }
        assertTrue(grooves.stream().anyMatch(g -> !steps(g, Drum.RIDE).isEmpty()), "one rides");
        assertTrue(grooves.stream().anyMatch(g -> !steps(g, Drum.OPEN_HAT).isEmpty()), "one opens the hats");
        assertTrue(grooves.stream().anyMatch(g -> !steps(g, Drum.SIDE_STICK).isEmpty()), "one uses the stick");
        assertTrue(grooves.stream().anyMatch(g -> steps(g, Drum.SNARE).equals(List.of(8))), "one is half-time");
    }

    @Test
    void threeFourDropsTheLastBeat() {
        Groove waltz = BOOM_BAP.fitTo(3);
        assertEquals(12, waltz.steps());
        assertEquals(List.of(0, 6, 10), steps(waltz, Drum.KICK));
        assertEquals(List.of(4), steps(waltz, Drum.SNARE));
        assertEquals(List.of(0, 2, 4, 6, 8, 10), steps(waltz, Drum.CLOSED_HAT));
    }

    @Test
    void aCutThatLosesTheBackbeatPutsItOnTheLastBeat() {
        Groove halfTime = Groove.of("half", 0.6, "kick X... .... .... ....", "snare .... .... X... ....");
        Groove twoFour = halfTime.fitTo(2);
        assertEquals(8, twoFour.steps());
        assertEquals(List.of(4), steps(twoFour, Drum.SNARE));
        assertEquals(List.of(8), steps(halfTime.fitTo(3), Drum.SNARE), "3/4 keeps the snare on 3");
    }

    @Test
    void longerBarsRepeatBeatsThreeAndFour() {
        Groove six = BOOM_BAP.fitTo(6);
        assertEquals(24, six.steps());
        assertEquals(List.of(4, 12, 20), steps(six, Drum.SNARE));
        assertEquals(List.of(0, 6, 10, 18), steps(six, Drum.KICK));
        assertTrue(BOOM_BAP.fitTo(4) == BOOM_BAP);
    }

    @Test
    void fillsAreShortGroovesOfDrumsThatFill() {
        for (Groove fill : Groove.fills()) {
            assertTrue(fill.steps() == 4 || fill.steps() == 8, fill.name());
            assertTrue(fill.hits().stream().noneMatch(hit -> hit.drum() == Drum.KICK), fill.name());
        }
    }
}
