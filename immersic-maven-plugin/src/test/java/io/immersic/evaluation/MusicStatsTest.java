package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.evaluation.MusicStats.Piece;
import io.immersic.evaluation.MusicStats.Summary;
import io.immersic.harmony.Chord;
import io.immersic.harmony.ChordQuality;
import io.immersic.harmony.Key;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MusicStatsTest {

    private static final double BAR = 4;
    private static final double TOLERANCE = 1e-9;
    private static final Key C_MAJOR = new Key(0, false);

    private static final int C = 0;
    private static final int D = 2;
    private static final int G = 7;
    private static final int A = 9;

    private static Note note(int pitch, double start, double duration) {
        return new Note(pitch, 80, start, duration, 0);
    }

    private static Note note(int pitch, int velocity, double start, double duration) {
        return new Note(pitch, velocity, start, duration, 0);
    }

    /** The given pitches struck together at {@code start}. */
    private static List<Note> chord(double start, double duration, int... pitches) {
        List<Note> notes = new ArrayList<>();
        for (int pitch : pitches) {
            notes.add(note(pitch, start, duration));
        }
        return notes;
    }

    @Test
    void aCmaj7EveryBarIsRecognisedInKeyAndRecurring() {
        // C4 E4 G4 B4 (60 64 67 71) as whole notes in each of 8 bars of C major.
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < 8; bar++) {
            notes.addAll(chord(bar * BAR, BAR, 60, 64, 67, 71));
        }
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        // 8 chord onsets, all Cmaj7: none unrecognised, none a cluster.
        assertEquals(0, piece.unrecognisedChordShare(), TOLERANCE);
        assertEquals(0, piece.clusterShare(), TOLERANCE);
        // C, E, G, B are all in C major.
        assertEquals(1, piece.inKeyShare(), TOLERANCE);
        // Every bar strikes the same notes on beat 1: the rhythm recurs at every lag, and bars 0–3 come back
        // exactly in bars 4–7.
        assertEquals(1, piece.rhythmRecurrence1(), TOLERANCE);
        assertEquals(1, piece.rhythmRecurrence2(), TOLERANCE);
        assertEquals(1, piece.rhythmRecurrence4(), TOLERANCE);
        assertEquals(1, piece.exactRecurrence4(), TOLERANCE);
        // One onset of 4 notes per bar, all on beat 1; every bar is Cmaj7 over C: root lowest, one chord per loop.
        assertEquals(1, piece.onsetsPerBar(), TOLERANCE);
        assertEquals(4, piece.notesPerBar(), TOLERANCE);
        assertEquals(1, piece.beat1Share(), TOLERANCE);
        assertEquals(1, piece.rootLowestShare(), TOLERANCE);
        assertEquals(1, piece.chordsPerLoop(), TOLERANCE);
        assertEquals(0, piece.threePlusChordLoopShare(), TOLERANCE);
        // Identical profiles: cosine 1; no bar b+8 exists in 8 bars, so similarity8 has nothing to measure.
        assertEquals(1, piece.similarity2(), TOLERANCE);
        assertEquals(1, piece.similarity4(), TOLERANCE);
        assertTrue(Double.isNaN(piece.similarity8()));
        // Each 4-bar window starts pitches {60, 64, 67, 71}: 4 distinct, 71 − 60 = 11 semitones.
        assertEquals(4, piece.distinctPitches4(), TOLERANCE);
        assertEquals(11, piece.span4(), TOLERANCE);
        // One velocity, no spread, no duplicates, starts at once, no plan.
        assertEquals(1, piece.velocityLevels(), TOLERANCE);
        assertEquals(0, piece.velocitySpread(), TOLERANCE);
        assertEquals(0, piece.velocityJumpShare(), TOLERANCE);
        assertEquals(0, piece.duplicateStrikeShare(), TOLERANCE);
        assertEquals(0, piece.leadingSilenceBeats(), TOLERANCE);
        assertTrue(Double.isNaN(piece.plannedChordShare()));
    }

    @Test
    void aSemitoneClusterIsCountedAndUnrecognised() {
        // Bar 0: C4 C#4 D4 struck together, the only chord onset: a cluster, and no conventional chord.
        Piece piece = MusicStats.measure(chord(0, 1, 60, 61, 62), BAR, C_MAJOR, null);
        assertEquals(1, piece.clusterShare(), TOLERANCE);
        assertEquals(1, piece.unrecognisedChordShare(), TOLERANCE);
    }

    @Test
    void chordOnsetsNeedThreePitchClassesStruckOnOneGridStep() {
        List<Note> notes = new ArrayList<>(chord(0, 1, 60, 61, 62));   // cluster
        notes.addAll(chord(4, 1, 60, 64, 71));                         // C E B ...
        notes.add(note(67, 4.01, 1));                                  // ... + G: 4.01·12 = 48.12 rounds to step 48
        notes.addAll(chord(8, 1, 60, 72, 64));                         // C C E: two pitch classes, no chord onset
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        // Two chord onsets (cluster, Cmaj7): one of each → 1/2.
        assertEquals(0.5, piece.clusterShare(), TOLERANCE);
        assertEquals(0.5, piece.unrecognisedChordShare(), TOLERANCE);
    }

    @Test
    void noChordOnsetsLeavesTheChordFiguresNaN() {
        Piece piece = MusicStats.measure(List.of(note(60, 0, 1), note(64, 1, 1)), BAR, C_MAJOR, null);
        assertTrue(Double.isNaN(piece.clusterShare()));
        assertTrue(Double.isNaN(piece.unrecognisedChordShare()));
    }

    @Test
    void inKeyShareIsWeightedByDuration() {
        List<Note> notes = List.of(
                note(60, 0, 4),             // bar 0: C, 4 beats in key
                note(64, 4, 2),             // bar 1: E, 2 beats in key
                note(67, 6, 2),             //        G, 2 beats in key
                note(66, 8, 2),             // bar 2: F#, 2 beats out of key
                note(73, 10, 1),            //        C#, 1 beat out of key
                note(62, 11, 1));           //        D, 1 beat in key
        // Out of key: 2 + 1 = 3 of 12 beats → 9/12 = 0.75 in key (by count it would be 4/6).
        assertEquals(0.75, MusicStats.measure(notes, BAR, C_MAJOR, null).inKeyShare(), TOLERANCE);
    }

    @Test
    void withoutAKeyTheKeyIsEstimated() {
        // A C-major scale with C and G held longest: the Krumhansl-Schmuckler estimate is C major; all in key.
        List<Note> notes = List.of(note(60, 0, 4), note(62, 4, 1), note(64, 5, 2), note(65, 7, 1),
                note(67, 8, 3), note(69, 11, 1), note(71, 12, 1), note(72, 13, 3));
        assertEquals(1, MusicStats.measure(notes, BAR, null, null).inKeyShare(), TOLERANCE);
        // With F# major given instead: only F (65, 1 beat) and B (71, 1 beat) are in F# major (E#, B) → 2/16.
        assertEquals(2.0 / 16, MusicStats.measure(notes, BAR, new Key(6, false), null).inKeyShare(), TOLERANCE);
    }

    @Test
    void velocityLevelsAndSpread() {
        List<Note> notes = List.of(note(60, 60, 0, 1), note(62, 70, 1, 1), note(64, 80, 2, 1), note(65, 80, 3, 1));
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        // {60, 70, 80} → 3 levels. Mean 72.5; deviations −12.5, −2.5, 7.5, 7.5; squares 156.25 + 6.25 + 56.25 + 56.25
        // = 275; / 4 = 68.75; √68.75 ≈ 8.2916.
        assertEquals(3, piece.velocityLevels(), TOLERANCE);
        assertEquals(Math.sqrt(68.75), piece.velocitySpread(), TOLERANCE);
    }

    @Test
    void plannedChordShareChecksTheGuideTonesOfEachPlannedBar() {
        List<Chord> plan = List.of(
                new Chord(D, ChordQuality.MINOR_NINE),        // Dm9:   D F A C E    (guide D F C)
                new Chord(G, ChordQuality.THIRTEEN),          // G13:   G A B D E F  (guide G B F)
                new Chord(C, ChordQuality.MAJOR_NINE),        // Cmaj9: C E G B D    (guide C E B)
                new Chord(A, ChordQuality.SEVEN_FLAT_NINE));  // A7b9:  A C# E G Bb (guide A C# G)
        List<Note> notes = new ArrayList<>();
        notes.addAll(chord(0, BAR, 50, 53, 57, 60, 64));     // bar 0: D3 F3 A3 C4 E4, all of Dm9 → holds
        notes.addAll(chord(4, BAR, 43, 53, 57, 64));         // bar 1: G2 F3 A3 E4, no third B → does not hold
        notes.addAll(chord(8, BAR, 48, 52, 55, 59, 62));     // bar 2: C3 E3 G3 B3 D4, all of Cmaj9 → holds
        notes.addAll(chord(12, BAR, 45, 55, 58, 64));        // bar 3: A2 G3 Bb3 E4, no third C# → does not hold
        notes.addAll(chord(16, BAR, 60, 64, 67));            // bar 4: beyond the plan, not counted
        // 2 of the 4 planned bars hold their guide tones.
        assertEquals(0.5, MusicStats.measure(notes, BAR, null, plan).plannedChordShare(), TOLERANCE);
    }

    @Test
    void aHeldChordSoundsItsGuideTonesInTheNextBarAndPlannedBarsBeyondThePieceAreNotCounted() {
        Chord cmaj9 = new Chord(C, ChordQuality.MAJOR_NINE);
        List<Chord> plan = List.of(cmaj9, cmaj9, new Chord(D, ChordQuality.MINOR_NINE),
                new Chord(G, ChordQuality.THIRTEEN));
        // Cmaj9 struck in bar 0 and held 8 beats: it sounds in bars 0 and 1; the piece has 2 bars, so the plan's bars
        // 2 and 3 are not counted → 2 of 2.
        List<Note> notes = chord(0, 2 * BAR, 48, 52, 55, 59, 62);
        assertEquals(1, MusicStats.measure(notes, BAR, null, plan).plannedChordShare(), TOLERANCE);
    }

    @Test
    void similarityCountsAHeldChordInEveryBarItSoundsIn() {
        List<Note> notes = new ArrayList<>();
        notes.addAll(chord(0, 2 * BAR, 60, 64, 67));   // bars 0–1: C E G held through two bars
        notes.addAll(chord(8, BAR, 57, 60, 64));       // bar 2: A C E
        notes.addAll(chord(12, BAR, 60, 64, 67));      // bar 3: C E G
        // Profiles: bar 0 = bar 1 = bar 3 = {C 4, E 4, G 4}; bar 2 = {A 4, C 4, E 4}.
        // Lag 2: (0, 2): dot = 16 + 16 = 32, norms √48 · √48 = 48 → 2/3; (1, 3): 1 → mean 5/6.
        // (Counting the held chord only in bar 0 would leave bar 1 silent and give 2/3.)
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        assertEquals(5.0 / 6, piece.similarity2(), TOLERANCE);
        // 4 bars: no pair 4 apart.
        assertTrue(Double.isNaN(piece.similarity4()));
        // Bar 1 has no onsets (the chord only sounds there), so the only lag-1 pair is (2, 3), and the rhythm
        // figures see onsets only: both strike once on beat 1 → 1.
        assertEquals(1, piece.rhythmRecurrence1(), TOLERANCE);
    }

    /**
     * A 4-bar loop (Dm7 G7 Cmaj7 A7) played twice; each bar has its own rhythm: onset positions (12 steps a beat)
     * bar 0 {0}, bar 1 {0, 24}, bar 2 {0, 12, 24}, bar 3 {0, 36}.
     */
    private static List<Note> loopPlayedTwice() {
        List<Note> notes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            double at = round * 4 * BAR;
            notes.addAll(chord(at, BAR, 50, 53, 57, 60));                   // Dm7: D3 F3 A3 C4, whole bar
            notes.addAll(chord(at + BAR, 2, 43, 53, 59, 62));               // G7: G2 F3 B3 D4 ...
            notes.add(note(67, at + BAR + 2, 2));                           //     ... then G4 on beat 3
            notes.addAll(chord(at + 2 * BAR, 1, 48, 52, 55, 59));           // Cmaj7: C3 E3 G3 B3 ...
            notes.add(note(64, at + 2 * BAR + 1, 1));                       //     ... E4 on beat 2
            notes.add(note(67, at + 2 * BAR + 2, 2));                       //     ... G4 on beat 3
            notes.addAll(chord(at + 3 * BAR, 3, 45, 61, 64, 67));           // A7: A2 C#4 E4 G4 ...
            notes.add(note(69, at + 3 * BAR + 3, 1));                       //     ... A4 on beat 4
        }
        return notes;
    }

    @Test
    void aLoopPlayedTwiceRecursAtFourBarsButNotAtOneOrTwo() {
        Piece piece = MusicStats.measure(loopPlayedTwice(), BAR, C_MAJOR, null);
        // Lag 1: 7 pairs, no two neighbouring bars share a rhythm (bar 3 {0, 36} vs bar 4 {0} neither) → 0.
        assertEquals(0, piece.rhythmRecurrence1(), TOLERANCE);
        // Lag 2: (0,2) (1,3) (2,4) (3,5) (4,6) (5,7), all different → 0.
        assertEquals(0, piece.rhythmRecurrence2(), TOLERANCE);
        // Lag 4: (0,4) … (3,7), each bar against its own repeat → 1; and note for note → 1.
        assertEquals(1, piece.rhythmRecurrence4(), TOLERANCE);
        assertEquals(1, piece.exactRecurrence4(), TOLERANCE);
    }

    @Test
    void aLoopPlayedTwiceHasItsBarCountsBeatOneShareAndFourChordsPerLoop() {
        Piece piece = MusicStats.measure(loopPlayedTwice(), BAR, C_MAJOR, null);
        // Per loop: onsets 1 + 2 + 3 + 2 = 8 in 4 bars → 2; notes 4 + 5 + 6 + 5 = 20 → 5; 16 of 20 on beat 1.
        assertEquals(2, piece.onsetsPerBar(), TOLERANCE);
        assertEquals(5, piece.notesPerBar(), TOLERANCE);
        assertEquals(16.0 / 20, piece.beat1Share(), TOLERANCE);
        // Bar chords Dm7 G7 Cmaj7 A7, each over its root (D3, G2, C3, A2): root lowest in every bar; both whole
        // loops hold 4 distinct chords.
        assertEquals(1, piece.rootLowestShare(), TOLERANCE);
        assertEquals(4, piece.chordsPerLoop(), TOLERANCE);
        assertEquals(1, piece.threePlusChordLoopShare(), TOLERANCE);
    }

    @Test
    void exactRecurrenceIgnoresVelocityAndDurationButNotPitch() {
        List<Note> notes = List.of(
                note(60, 80, 0 * BAR, 1),     // bar 0: C4 on beat 1 ...
                note(60, 50, 4 * BAR, 2),     // bar 4: ... again, softer and longer → the same bar
                note(64, 1 * BAR, 1),         // bar 1: E4 on beat 1 ...
                note(65, 5 * BAR, 1),         // bar 5: F4 on beat 1 → same rhythm, other pitch
                note(67, 2 * BAR, 1),         // bar 2: G4; bar 6 is empty → not the same
                                              // bar 3: empty, not measured
                note(69, 7 * BAR, 1));        // bar 7: A4, so the piece has 8 bars; 7 + 4 is beyond it
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        // Bars 0, 1, 2 measured; only bar 0 comes back exactly → 1/3.
        assertEquals(1.0 / 3, piece.exactRecurrence4(), TOLERANCE);
        // Rhythm pairs at lag 4 need onsets in both bars: (0,4) and (1,5), both on beat 1 only → 1.
        assertEquals(1, piece.rhythmRecurrence4(), TOLERANCE);
    }

    @Test
    void onsetsSnapToTheGridBeforeTheirBarAndPositionAreTaken() {
        List<Note> notes = List.of(
                note(60, 0, 1),          // bar 0, beat 1
                note(64, 1, 1),          // bar 0, beat 2
                note(67, 3.99, 1),       // 3.99 · 12 = 47.88 → step 48: bar 1, beat 1
                note(72, 5, 1));         // bar 1, beat 2
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        // 2 of 4 notes on beat 1; both bars have 2 onsets and 2 notes; both bars strike {0, 12} → rhythm recurs.
        assertEquals(0.5, piece.beat1Share(), TOLERANCE);
        assertEquals(2, piece.onsetsPerBar(), TOLERANCE);
        assertEquals(2, piece.notesPerBar(), TOLERANCE);
        assertEquals(1, piece.rhythmRecurrence1(), TOLERANCE);
    }

    @Test
    void rootLowestShareCountsInversionsAndSkipsBarsWithoutAChord() {
        List<Note> notes = new ArrayList<>();
        notes.addAll(chord(0, BAR, 52, 55, 60));     // bar 0: E3 G3 C4, C major over E (first inversion) → not root
        notes.addAll(chord(BAR, BAR, 48, 52, 55));   // bar 1: C3 E3 G3, root position → root
        notes.add(note(60, 2 * BAR, BAR));           // bar 2: a single C4: one pitch class, no chord → skipped
        // 1 of the 2 bars with a chord has its root lowest.
        assertEquals(0.5, MusicStats.measure(notes, BAR, C_MAJOR, null).rootLowestShare(), TOLERANCE);
    }

    @Test
    void chordsPerLoopCountsDistinctBarChordsInWholeFourBarLoops() {
        List<Note> notes = new ArrayList<>();
        int[][] bars = {
            {60, 64, 67}, {60, 64, 67}, {65, 69, 72}, {67, 71, 74},   // loop 0: C C F G → 3 chords
            {60, 64, 67}, {60, 64, 67}, {60, 64, 67}, {60, 64, 67},   // loop 1: C C C C → 1 chord
            {57, 60, 64}, {62, 65, 69}};                              // bars 8–9: Am Dm, not a whole loop
        for (int bar = 0; bar < bars.length; bar++) {
            notes.addAll(chord(bar * BAR, BAR, bars[bar]));
        }
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        assertEquals((3 + 1) / 2.0, piece.chordsPerLoop(), TOLERANCE);
        assertEquals(0.5, piece.threePlusChordLoopShare(), TOLERANCE);
        // Three bars make no whole loop.
        Piece short3 = MusicStats.measure(notes.subList(0, 9), BAR, C_MAJOR, null);
        assertTrue(Double.isNaN(short3.chordsPerLoop()));
        assertTrue(Double.isNaN(short3.threePlusChordLoopShare()));
    }

    @Test
    void velocityJumpsCompareTheMeanVelocitiesOfNeighbouringBarsWithNotes() {
        List<Note> notes = List.of(
                note(60, 60, 0, 1), note(64, 70, 1, 1),   // bar 0: mean 65
                note(60, 85, BAR, 1),                     // bar 1: mean 85, 20 louder → a jump
                note(60, 70, 2 * BAR, 1),                 // bar 2: mean 70, 15 softer → none
                                                          // bar 3: no notes, pairs (2,3) and (3,4) skipped
                note(60, 120, 4 * BAR, 1));               // bar 4
        // 1 jump in 2 pairs.
        assertEquals(0.5, MusicStats.measure(notes, BAR, C_MAJOR, null).velocityJumpShare(), TOLERANCE);
    }

    @Test
    void unrecognisedChordsAreJudgedByTheStrictVocabulary() {
        List<Note> notes = new ArrayList<>();
        notes.addAll(chord(0, 1, 60, 62, 64));        // C D E: root-9-3, no chord
        notes.addAll(chord(1, 1, 52, 55, 59, 62));    // E G B D: Em7 / rootless Cmaj9
        notes.addAll(chord(2, 1, 48, 52, 58));        // C E Bb: shell C7
        notes.addAll(chord(3, 1, 60, 64, 68, 71));    // C E G# B: augmented major seventh, not in the vocabulary
        // 2 of 4 chord onsets are no conventional chord.
        assertEquals(0.5, MusicStats.measure(notes, BAR, C_MAJOR, null).unrecognisedChordShare(), TOLERANCE);
    }

    @Test
    void pitchVarietyIsAveragedOverFourBarWindowsWithNotes() {
        List<Note> notes = List.of(
                note(60, 0, 1), note(64, 1, 1), note(60, 2, 1),   // window 0 (bars 0–3): 60 64 ...
                note(67, 3 * BAR, 1),                             //   ... 67 in bar 3 → 3 distinct, span 7
                note(72, 4 * BAR, 1), note(48, 5 * BAR, 1),       // window 1: 72 48 → 2 distinct, span 24
                                                                  // window 2 (bars 8–11): no notes, skipped
                note(60, 12 * BAR, 1));                           // window 3, partial: 60 → 1 distinct, span 0
        Piece piece = MusicStats.measure(notes, BAR, C_MAJOR, null);
        assertEquals((3 + 2 + 1) / 3.0, piece.distinctPitches4(), TOLERANCE);
        assertEquals((7 + 24 + 0) / 3.0, piece.span4(), TOLERANCE);
    }

    @Test
    void duplicateStrikesAreTheExtraNotesOfOnePitchAtOneOnset() {
        List<Note> notes = List.of(
                note(60, 70, 0, 1),
                note(60, 90, 0, 1),      // same onset, same pitch: duplicate
                note(60, 0.01, 1),       // 0.01 · 12 rounds to step 0: duplicate
                note(64, 0, 1),          // other pitch
                note(60, 1, 1));         // other onset
        // 5 notes, 3 distinct (onset, pitch) pairs: (0, 60), (0, 64), (12, 60) → 2/5.
        assertEquals(0.4, MusicStats.measure(notes, BAR, C_MAJOR, null).duplicateStrikeShare(), TOLERANCE);
    }

    @Test
    void leadingSilenceIsTheFirstOnsetWhateverTheOrder() {
        List<Note> notes = List.of(note(64, 5, 1), note(60, 2.5, 1));
        assertEquals(2.5, MusicStats.measure(notes, BAR, C_MAJOR, null).leadingSilenceBeats(), TOLERANCE);
    }

    @Test
    void anEmptyPieceHasNothingToMeasure() {
        Piece piece = MusicStats.measure(List.of(), BAR, null, List.of(new Chord(C, ChordQuality.MAJOR_NINE)));
        for (double figure : List.of(piece.unrecognisedChordShare(), piece.clusterShare(), piece.inKeyShare(),
                piece.rhythmRecurrence1(), piece.rhythmRecurrence2(), piece.rhythmRecurrence4(),
                piece.exactRecurrence4(), piece.similarity2(), piece.similarity4(), piece.similarity8(),
                piece.distinctPitches4(), piece.span4(), piece.onsetsPerBar(), piece.notesPerBar(),
                piece.beat1Share(), piece.rootLowestShare(), piece.chordsPerLoop(), piece.threePlusChordLoopShare(),
                piece.velocityLevels(), piece.velocitySpread(), piece.velocityJumpShare(),
                piece.plannedChordShare(), piece.duplicateStrikeShare(), piece.leadingSilenceBeats())) {
            assertTrue(Double.isNaN(figure));
        }
        assertTrue(MusicStats.summarize(List.of()).asMap().values().stream().allMatch(v -> Double.isNaN(v)));
    }

    @Test
    void summaryAveragesTheMeasuredValuesAndKeepsTheFewestVelocityLevels() {
        Piece twoLevels = MusicStats.measure(List.of(note(60, 60, 0, 1), note(64, 80, 1, 1)), BAR, C_MAJOR, null);
        Piece oneLevel = MusicStats.measure(List.of(note(66, 1, 1)), BAR, C_MAJOR, null);
        Piece empty = MusicStats.measure(List.of(), BAR, C_MAJOR, null);
        Summary summary = MusicStats.summarize(List.of(twoLevels, oneLevel, empty));
        // Velocity levels 2 and 1 (the empty piece has none): mean 1.5, fewest 1.
        assertEquals(1.5, summary.velocityLevels(), TOLERANCE);
        assertEquals(1, summary.minVelocityLevels(), TOLERANCE);
        // In key: 1 and 0 (F#) → 0.5. Leading silence: 0 and 1 → 0.5.
        assertEquals(0.5, summary.inKeyShare(), TOLERANCE);
        assertEquals(0.5, summary.leadingSilenceBeats(), TOLERANCE);
        // No piece has chord onsets.
        assertTrue(Double.isNaN(summary.clusterShare()));
    }

    @Test
    void summaryMapHasStableKeysInReportOrder() {
        Map<String, Double> map = MusicStats.summarize(List.of()).asMap();
        assertEquals(List.of("unrecognisedChordShare", "clusterShare", "inKeyShare", "rhythmRecurrence1",
                "rhythmRecurrence2", "rhythmRecurrence4", "exactRecurrence4", "similarity2", "similarity4",
                "similarity8", "distinctPitches4", "span4", "onsetsPerBar", "notesPerBar", "beat1Share",
                "rootLowestShare", "chordsPerLoop", "threePlusChordLoopShare", "velocityLevels", "minVelocityLevels",
                "velocitySpread", "velocityJumpShare", "plannedChordShare", "duplicateStrikeShare",
                "leadingSilenceBeats"),
                List.copyOf(map.keySet()));
    }
}
