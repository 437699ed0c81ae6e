package io.immersic.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HumanizerTest {

    /** Four bars of a three-note chord on every beat and an off-beat melody note, all at velocity 80. */
    private static List<Note> flatPerformance() {
        List<Note> notes = new ArrayList<>();
        for (int beat = 0; beat < 16; beat++) {
            for (int pitch : new int[] {48, 55, 64}) {
                notes.add(new Note(pitch, 80, beat, 1, 0));
            }
            notes.add(new Note(72, 80, beat + 0.5, 0.5, 0));
        }
        return notes;
    }

    @Test
    void aFlatPerformanceComesOutWithSeveralLevelsShapedByTheBeat() {
        List<Note> played = Humanizer.apply(flatPerformance(), 4, 11);

        Set<Integer> levels = played.stream().map(Note::velocity).collect(Collectors.toSet());
        assertTrue(levels.size() >= 3, "levels " + levels);
        double downbeats = meanVelocity(played, n -> n.startBeat() % 4 == 0 && n.pitch() == 48);
        double otherBeats = meanVelocity(played, n -> n.startBeat() % 4 != 0 && n.startBeat() % 1 == 0 && n.pitch() == 48);
        double offBeats = meanVelocity(played, n -> n.startBeat() % 1 != 0);
        // Accents of +3 on the downbeat and −2 off the beat, against a variation of ±2 that averages out.
        assertTrue(downbeats > otherBeats + 1.5, downbeats + " vs " + otherBeats);
        assertTrue(offBeats < otherBeats - 1, offBeats + " vs " + otherBeats);
        for (Note note : played) {
            assertTrue(Math.abs(note.velocity() - 80) <= 3 + 2 + Humanizer.VARIATION, "velocity " + note.velocity());
        }
    }

    @Test
    void onlyVelocitiesChangeAndTheSameSeedGivesTheSameNotes() {
        List<Note> flat = flatPerformance();
        List<Note> played = Humanizer.apply(flat, 4, 11);
        assertEquals(played, Humanizer.apply(flat, 4, 11));
        for (int i = 0; i < flat.size(); i++) {
            assertEquals(flat.get(i).pitch(), played.get(i).pitch());
            assertEquals(flat.get(i).startBeat(), played.get(i).startBeat());
            assertEquals(flat.get(i).durationBeats(), played.get(i).durationBeats());
        }
    }

    @Test
    void eachBarIsRaisedByItsLevel() {
        List<Note> flat = flatPerformance();
        List<Note> plain = Humanizer.apply(flat, 4, 11);
        List<Note> shaped = Humanizer.apply(flat, 4, List.of(-6, 0, 5), 11); // bars past the list: unchanged
        for (int i = 0; i < flat.size(); i++) {
            int bar = (int) (flat.get(i).startBeat() / 4);
            int level = bar == 0 ? -6 : bar == 2 ? 5 : 0;
            assertEquals(plain.get(i).velocity() + level, shaped.get(i).velocity(), "note " + i + " in bar " + bar);
        }
    }

    private static double meanVelocity(List<Note> notes, java.util.function.Predicate<Note> which) {
        return notes.stream().filter(which).mapToInt(Note::velocity).average().orElseThrow();
    }
}
