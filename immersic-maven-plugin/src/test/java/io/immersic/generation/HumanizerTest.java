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

    /**
     * Sixty-four bars of a three-note chord on every beat and an off-beat melody note, all at velocity 80: enough
     * beats for the accents to show through the variation in the means.
     */
    private static List<Note> flatPerformance() {
        List<Note> notes = new ArrayList<>();
        for (int beat = 0; beat < 256; beat++) {
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
        // Accents of +3 on the downbeat and −2 off the beat, against a variation that averages out.
        assertTrue(downbeats > otherBeats + 1.5, downbeats + " vs " + otherBeats);
        assertTrue(offBeats < otherBeats - 1, offBeats + " vs " + otherBeats);
        for (Note note : played) {
            assertTrue(Math.abs(note.velocity() - 80) <= 3 + Humanizer.TOP_NOTE_ACCENT + Humanizer.VARIATION,
                    "velocity " + note.velocity());
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

    @Test
    void theVoicesAreBalancedAsTheHandsPlayerBalancesThem() {
        List<Note> flat = flatPerformance();
        var none = io.immersic.analysis.CorpusStyle.Roll.NONE;
        List<Note> even = Humanizer.apply(flat, 4, List.of(), none, false, 0.0, 11);
        List<Note> sung = Humanizer.apply(flat, 4, List.of(), none, false, 0.5, 11);
        List<Note> unmeasured = Humanizer.apply(flat, 4, List.of(), none, false, null, 11);
        // The notes' median pitch is 64 (256 notes each of 48, 55, 64 and 72): half a velocity a semitone from there.
        java.util.Map<Integer, Integer> gain = java.util.Map.of(48, -8, 55, -4, 64, 0, 72, 4); // Math.round(-4.5) = -4
        for (int i = 0; i < flat.size(); i++) {
            int pitch = flat.get(i).pitch();
            assertEquals(even.get(i).velocity() + gain.get(pitch), sung.get(i).velocity(), "note " + i);
            // Unmeasured, a chord's top note (64 over 48 and 55) is sung out instead; the lone 72 is no chord's.
            int topAccent = pitch == 64 ? Humanizer.TOP_NOTE_ACCENT : 0;
            assertEquals(even.get(i).velocity() + topAccent, unmeasured.get(i).velocity(), "note " + i);
        }
    }

    @Test
    void aPartPlayedAtOneVelocityKeepsItAndOnlyTheSectionMovesIt() {
        List<Note> flat = flatPerformance();
        List<Note> played = Humanizer.apply(flat, 4, List.of(-6, 0, 5), io.immersic.analysis.CorpusStyle.Roll.NONE,
                true, 11);
        for (int i = 0; i < flat.size(); i++) {
            int bar = (int) (flat.get(i).startBeat() / 4);
            int level = bar == 0 ? -6 : bar == 2 ? 5 : 0;
            assertEquals(flat.get(i).velocity() + level, played.get(i).velocity(), "note " + i + " in bar " + bar);
        }
    }

    @Test
    void chordsAreRolledLowestFirstEndingTogetherAndTheSameStrikeTheSameWay() {
        List<Note> chord = List.of(new Note(48, 80, 0, 4, 0), new Note(55, 80, 0, 4, 0), new Note(64, 80, 0, 4, 0),
                new Note(48, 80, 4, 4, 0), new Note(55, 80, 4, 4, 0), new Note(64, 80, 4, 4, 0),
                new Note(60, 80, 8, 1, 0), new Note(67, 80, 8, 1, 0));
        var always = new io.immersic.analysis.CorpusStyle.Roll(1.0, 1);
        List<Note> played = Humanizer.rolled(chord, 4, always, 5);
        double step = 1.0 / io.immersic.tokens.RemiTokens.STEPS_PER_BEAT;
        for (int bar = 0; bar < 2; bar++) {
            for (int k = 0; k < 3; k++) {
                Note note = played.get(3 * bar + k);
                assertEquals(chord.get(3 * bar + k).pitch(), note.pitch(), "lowest first");
                assertEquals(4 * bar + k * step, note.startBeat(), 1e-9, "one roll step apart");
                assertEquals(4 * bar + 4, note.endBeat(), 1e-9, "released together");
            }
        }
        assertEquals(8, played.get(6).startBeat(), 1e-9, "two notes are an interval, struck together");
        assertEquals(8, played.get(7).startBeat(), 1e-9);
        assertEquals(chord, Humanizer.rolled(chord, 4, io.immersic.analysis.CorpusStyle.Roll.NONE, 5));
        List<Note> five = List.of(new Note(48, 80, 0, 4, 0), new Note(52, 80, 0, 4, 0), new Note(55, 80, 0, 4, 0),
                new Note(59, 80, 0, 4, 0), new Note(62, 80, 0, 4, 0));
        List<Double> starts = Humanizer.rolled(five, 4, always, 5).stream().map(Note::startBeat).toList();
        assertEquals(List.of(0.0, step, step, step, step), starts, "a larger chord: its lowest note, then the rest");
        // Half the strikes rolled: the same strike in two bars is rolled (or not) alike.
        var half = new io.immersic.analysis.CorpusStyle.Roll(0.5, 2);
        for (long seed = 0; seed < 20; seed++) {
            List<Note> some = Humanizer.rolled(chord, 4, half, seed);
            assertEquals(some.get(1).startBeat(), some.get(4).startBeat() - 4, 1e-9, "seed " + seed);
        }
    }

    @Test
    void chordsTheModelRolledItselfCountTowardTheCorpusShare() {
        // Four 3-note strikes, two of them written rolled (one grid step between their notes), two struck together.
        double step = 1.0 / io.immersic.tokens.RemiTokens.STEPS_PER_BEAT;
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            boolean written = bar % 2 == 0;
            for (int k = 0; k < 3; k++) {
                double start = 4 * bar + (written ? k * step : 0);
                notes.add(new Note(48 + 4 * k, 80, start, 4 * bar + 4 - start, 0));
            }
        }
        notes.sort(java.util.Comparator.comparingDouble(Note::startBeat).thenComparingInt(Note::pitch));
        var corpusHalf = new io.immersic.analysis.CorpusStyle.Roll(0.5, 1);
        assertEquals(notes, Humanizer.rolled(notes, 4, corpusHalf, 5), "half are rolled already: nothing to add");
        var corpusAll = new io.immersic.analysis.CorpusStyle.Roll(1.0, 1);
        List<Note> all = Humanizer.rolled(notes, 4, corpusAll, 5);
        assertEquals(1.0, io.immersic.analysis.CorpusStyle.Roll.of(all).share(), 1e-9, "the other half rolled too");
    }

    private static double meanVelocity(List<Note> notes, java.util.function.Predicate<Note> which) {
        return notes.stream().filter(which).mapToInt(Note::velocity).average().orElseThrow();
    }
}
