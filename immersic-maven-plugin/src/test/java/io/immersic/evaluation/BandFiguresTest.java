package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.band.Part;
import io.immersic.band.PerformedTrack;
import io.immersic.band.Plan;
import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordQuality;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandFiguresTest {

    private static final double EPS = 1e-9;
    private static final Chord C = new Chord(0, ChordQuality.MAJOR);
    private static final Chord F = new Chord(5, ChordQuality.MAJOR);
    private static final Chord AM = new Chord(9, ChordQuality.MINOR);
    private static final Chord G = new Chord(7, ChordQuality.MAJOR);
    private static final int KICK = 36;
    private static final int SNARE = 38;
    private static final int HAT = 42;

    /** 4/4 bars, sections cut from one letter per bar every {@code sectionBars}; chords may be null. */
    private static Plan plan(String letters, int sectionBars, int loopBars, Chord... chords) {
        return new Plan(null, 80, 4, loopBars, Plan.sections(letters, sectionBars), Arrays.asList(chords), false);
    }

    private static Note note(Part part, int pitch, double start, double duration) {
        return new Note(pitch, 80, start, duration, part.channel());
    }

    private static BandFigures figures(Plan plan, Map<Part, List<Note>> parts) {
        return BandFigures.of(new PerformedTrack(1, plan, parts));
    }

    /** C–F–Am–G twice; the bass plays each bar's root on the downbeat and a note at 2.6, near the kick at 2.5. */
    private static Map<Part, List<Note>> bassAndKick(int thirdInBar, int lateInBar) {
        int[] roots = {36, 41, 45, 43, 36, 41, 45, 43};
        List<Note> bass = new ArrayList<>();
        List<Note> drums = new ArrayList<>();
        for (int bar = 0; bar < 8; bar++) {
            int first = bar == thirdInBar ? roots[bar] + 4 : roots[bar];
            bass.add(note(Part.BASS, first, bar * 4, 2));
            bass.add(note(Part.BASS, roots[bar] + 7, bar * 4 + (bar == lateInBar ? 3 : 2.6), 1));
            drums.add(note(Part.DRUMS, KICK, bar * 4, 0.25));
            drums.add(note(Part.DRUMS, KICK, bar * 4 + 2.5, 0.25));
        }
        return new EnumMap<>(Map.of(Part.BASS, bass, Part.DRUMS, drums));
    }

    @Test
    void bassOnTheRootOfSevenOfEightBarsAndWithTheKickOnFifteenOfSixteenNotes() {
        // Bar 5 (F) starts on A, the third; in bar 7 the second note comes at beat 3, half a beat after the kick.
        BandFigures figures = figures(plan("AAAAAAAA", 4, 4, C, F, AM, G, C, F, AM, G), bassAndKick(5, 7));
        assertEquals(7.0 / 8, figures.bassRootOnDownbeat(), EPS);
        assertEquals(15.0 / 16, figures.bassLockedToKick(), EPS);
        assertEquals(1, figures.bassPresent(), EPS);
        assertEquals(36, figures.bassLowestPitch(), EPS);
        assertEquals(List.of("bass", "drums"), figures.parts());
        assertEquals(8, figures.counts().chordBars());
        assertEquals(16, figures.counts().bassNotes());
    }

    @Test
    void whereThePlanHasNoChordTheKeysNameIt() {
        // No chord planned: the keys play C major in bar 0 and D minor in bar 1; the bass plays C, then F.
        List<Note> keys = List.of(note(Part.KEYS, 60, 0, 4), note(Part.KEYS, 64, 0, 4), note(Part.KEYS, 67, 0, 4),
                note(Part.KEYS, 62, 4, 4), note(Part.KEYS, 65, 4, 4), note(Part.KEYS, 69, 4, 4));
        List<Note> bass = List.of(note(Part.BASS, 36, 0.1, 4), note(Part.BASS, 41, 4, 4));
        BandFigures figures = figures(plan("AA", 2, 2, null, null), Map.of(Part.KEYS, keys, Part.BASS, bass));
        assertEquals(0.5, figures.bassRootOnDownbeat(), EPS, "C within 1/8 beat of bar 0; F is not D minor's root");
        assertEquals(1.0, figures.bassLockedToKick(), EPS, "no kick, but both start on a bar line");
    }

    @Test
    void aPartThatDoesNotPlayHasNaNFigures() {
        BandFigures figures = figures(plan("AAAA", 4, 4, C, F, AM, G),
                Map.of(Part.KEYS, List.of(note(Part.KEYS, 60, 0, 4))));
        assertEquals(List.of("keys"), figures.parts());
        assertEquals(0, figures.bassPresent(), EPS);
        for (double figure : new double[] {figures.bassLowestPitch(), figures.bassRootOnDownbeat(),
                figures.bassLockedToKick(), figures.melodySingleAboveKeys(), figures.melodyChordTonesStrong(),
                figures.melodySteps(), figures.melodyRhythmRecurs(), figures.melodyPitchRecurrence(),
                figures.drumGrooveBars(), figures.drumFillShare(), figures.drumSectionChange()}) {
            assertTrue(Double.isNaN(figure));
        }
    }

    @Test
    void melodyOverTheKeysOnChordTonesAndBySteps() {
        // Keys: C major held through bar 0, F major through bar 1.
        List<Note> keys = List.of(note(Part.KEYS, 60, 0, 4), note(Part.KEYS, 64, 0, 4), note(Part.KEYS, 67, 0, 4),
                note(Part.KEYS, 60, 4, 4), note(Part.KEYS, 65, 4, 4), note(Part.KEYS, 69, 4, 4));
        List<Note> melody = List.of(
                note(Part.MELODY, 72, 0, 1),     // C on beat 1: chord tone, above the keys
                note(Part.MELODY, 74, 1, 1),     // step of 2
                note(Part.MELODY, 76, 2, 1),     // E on beat 3: chord tone; step of 2
                note(Part.MELODY, 62, 3, 0.5),   // below the keys' G; leap
                note(Part.MELODY, 71, 3.93, 1),  // B, heard on bar 1's downbeat: not in F; leap
                note(Part.MELODY, 72, 5, 1),     // a dyad (72 and 76 within 1/16 beat): not single; leap to 76
                note(Part.MELODY, 76, 5.03, 1),
                note(Part.MELODY, 77, 6, 0.5),   // F on beat 3: chord tone; step of 1
                note(Part.MELODY, 77, 6.95, 1)); // repeated: a step of 0
        BandFigures figures = figures(plan("AA", 2, 2, C, F), Map.of(Part.KEYS, keys, Part.MELODY, melody));
        assertEquals(6.0 / 8, figures.melodySingleAboveKeys(), EPS, "8 onsets; the low D and the dyad fail");
        assertEquals(3.0 / 4, figures.melodyChordTonesStrong(), EPS, "C, E and F are chord tones, B is not");
        assertEquals(4.0 / 7, figures.melodySteps(), EPS, "2, 2, 14, 9, 5, 1, 0 semitones");
        assertEquals(8, figures.counts().melodyOnsets());
    }

    @Test
    void inThreeFourOnlyBeatOneIsStrong() {
        Plan waltz = new Plan(null, 80, 3, 1, Plan.sections("A", 1), List.of(C), false);
        List<Note> melody = List.of(note(Part.MELODY, 72, 0, 1), note(Part.MELODY, 74, 2, 1));
        BandFigures figures = figures(waltz, Map.of(Part.MELODY, melody));
        assertEquals(1.0, figures.melodyChordTonesStrong(), EPS);
        assertEquals(1, figures.counts().strongMelodyNotes(), "the D on beat 3 of 3/4 is weak");
    }

    /** A, B, A sections of 2 bars over a 2-bar loop: the first A pass is bars 0–1, it comes back at bar 4. */
    private static BandFigures motif(List<Note> returned) {
        List<Note> melody = new ArrayList<>(List.of(note(Part.MELODY, 72, 0, 1), note(Part.MELODY, 74, 1.5, 1),
                note(Part.MELODY, 76, 4, 1), note(Part.MELODY, 77, 6, 1),
                note(Part.MELODY, 60, 8, 8))); // the B section: something else
        melody.addAll(returned);
        return figures(plan("AABBAA", 2, 2, C, F, AM, G, C, F), Map.of(Part.MELODY, melody));
    }

    @Test
    void theMotifComesBackInRhythmWithOneNewPitch() {
        // At 16 + the first pass's offsets, the third note changed (79 for 76), one onset humanized by 0.03 beat.
        BandFigures figures = motif(List.of(note(Part.MELODY, 72, 16.03, 1), note(Part.MELODY, 74, 17.5, 1),
                note(Part.MELODY, 79, 20, 1), note(Part.MELODY, 77, 22, 1), note(Part.MELODY, 81, 23, 1)));
        assertEquals(1.0, figures.melodyRhythmRecurs(), EPS, "an onset the return adds does not count against it");
        assertEquals(3.0 / 4, figures.melodyPitchRecurrence(), EPS);
    }

    @Test
    void aMissingOnsetMeansTheRhythmDoesNotRecur() {
        BandFigures figures = motif(List.of(note(Part.MELODY, 72, 16, 1), note(Part.MELODY, 74, 17.5, 1),
                note(Part.MELODY, 76, 20, 1)));
        assertEquals(0.0, figures.melodyRhythmRecurs(), EPS);
        assertEquals(1.0, figures.melodyPitchRecurrence(), EPS, "the three matched onsets keep their pitches");
        assertEquals(3, figures.counts().motifMatches());
    }

    @Test
    void theLoopsSecondPassInItsOwnSectionIsTheReturn() {
        // One A section of 4 bars over a 2-bar loop: the return is bars 2–3.
        List<Note> melody = List.of(note(Part.MELODY, 72, 0, 1), note(Part.MELODY, 74, 8, 1));
        BandFigures figures = figures(plan("AAAA", 4, 2, C, F, C, F), Map.of(Part.MELODY, melody));
        assertEquals(1.0, figures.melodyRhythmRecurs(), EPS);
        assertEquals(0.0, figures.melodyPitchRecurrence(), EPS);
    }

    /** Groove x: kick 1 and 3, snare 2 and 4, eighth hats; y: the kick moves to beat 2.5. */
    private static List<Note> bar(int bar, boolean moved, boolean fill, double nudge) {
        double at = bar * 4;
        List<Note> hits = new ArrayList<>();
        hits.add(note(Part.DRUMS, KICK, at + nudge, 0.25));
        hits.add(note(Part.DRUMS, KICK, at + (moved ? 2.5 : 2), 0.25));
        for (double beat = 0; beat < 4; beat += 0.5) {
            hits.add(note(Part.DRUMS, HAT, at + beat, 0.25));
        }
        hits.add(note(Part.DRUMS, SNARE, at + 1, 0.25));
        hits.add(note(Part.DRUMS, SNARE, at + 3, 0.25));
        if (fill) {
            hits.add(note(Part.DRUMS, SNARE, at + 3.5, 0.25));
            hits.add(note(Part.DRUMS, SNARE, at + 3.75, 0.25));
        }
        return hits;
    }

    @Test
    void drumsTwoGroovesAFillInOneSectionOfTwoAndAChangeAtTheBoundary() {
        List<Note> drums = new ArrayList<>();
        for (int b = 0; b < 8; b++) {
            // A: x x x fill; B: y y y y (no fill). Bar 1's first kick is 0.03 beat late: the same 16th.
            drums.addAll(bar(b, b >= 4, b == 3, b == 1 ? 0.03 : 0));
        }
        BandFigures figures = figures(plan("AAAABBBB", 4, 4, C, F, AM, G, C, F, AM, G), Map.of(Part.DRUMS, drums));
        assertEquals(2, figures.drumGrooveBars(), EPS);
        assertEquals(0.5, figures.drumFillShare(), EPS);
        assertEquals(1.0, figures.drumSectionChange(), EPS);
        assertEquals(2, figures.counts().drumSections());
        assertEquals(1, figures.counts().drumBoundaries());
    }

    @Test
    void theSameGrooveAcrossTheBoundaryIsNoChange() {
        List<Note> drums = new ArrayList<>();
        for (int b = 0; b < 8; b++) {
            drums.addAll(bar(b, false, b == 3 || b == 7, 0));
        }
        BandFigures figures = figures(plan("AAAABBBB", 4, 4, C, F, AM, G, C, F, AM, G), Map.of(Part.DRUMS, drums));
        assertEquals(1, figures.drumGrooveBars(), EPS);
        assertEquals(1.0, figures.drumFillShare(), EPS);
        assertEquals(0.0, figures.drumSectionChange(), EPS);
    }

    @Test
    void theMeanPoolsByWhatEachTrackMeasured() {
        BandFigures eight = figures(plan("AAAAAAAA", 4, 4, C, F, AM, G, C, F, AM, G), bassAndKick(5, -1));
        // Four bars whose bass never plays the root on the downbeat.
        List<Note> offRoot = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            offRoot.add(note(Part.BASS, 40, b * 4, 4));
        }
        BandFigures four = figures(plan("AAAA", 4, 4, C, F, AM, G), Map.of(Part.BASS, offRoot));
        BandFigures none = figures(plan("AAAA", 4, 4, C, F, AM, G),
                Map.of(Part.MELODY, List.of(note(Part.MELODY, 72, 0, 1))));
        BandFigures mean = BandFigures.mean(List.of(eight, four, none));
        assertEquals((7.0 + 0) / (8 + 4), mean.bassRootOnDownbeat(), EPS);
        assertEquals(2.0 / 3, mean.bassPresent(), EPS);
        assertEquals(36, mean.bassLowestPitch(), EPS);
        assertEquals(List.of("bass", "melody", "drums"), mean.parts());
        assertEquals(12, mean.counts().chordBars());
        assertEquals(3, mean.counts().tracks());
        assertEquals(1.0, mean.drumGrooveBars(), EPS, "only the track with drums counts");
    }
}
