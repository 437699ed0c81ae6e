package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.evaluation.TwoSampleClassifier.Result;
import io.immersic.evaluation.TwoSampleClassifier.Separator;
import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TwoSampleClassifierTest {

    private static final double BAR = 4;
    private static final double TOLERANCE = 1e-12;
    private static final long SEED = 20240611L;

    // --- AUC ---------------------------------------------------------------------------------------------------

    @Test
    void aucIsOneForPerfectSeparationAndZeroReversed() {
        double[] scores = {0.1, 0.2, 0.3, 0.7, 0.8};
        assertEquals(1, TwoSampleClassifier.auc(scores, new boolean[] {false, false, false, true, true}), TOLERANCE);
        assertEquals(0, TwoSampleClassifier.auc(scores, new boolean[] {true, true, true, false, false}), TOLERANCE);
    }

    @Test
    void aucCountsTiesAsHalf() {
        double[] scores = {0.5, 0.5, 0.5, 0.5};
        assertEquals(0.5, TwoSampleClassifier.auc(scores, new boolean[] {false, true, false, true}), TOLERANCE);
    }

    @Test
    void aucOfThreeAgainstThreeWorkedByHand() {
        // A scores 0.1, 0.4, 0.35; B scores 0.8, 0.4, 0.2. Pairs won by B: 0.8 beats all three (3); 0.4 beats 0.1 and
        // 0.35 and ties 0.4 (2.5); 0.2 beats 0.1 (1). 6.5 of 9 pairs.
        double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4, 0.2};
        boolean[] isB = {false, false, false, true, true, true};
        assertEquals(6.5 / 9, TwoSampleClassifier.auc(scores, isB), TOLERANCE);
    }

    @Test
    void aucIsNaNWithoutBothClasses() {
        assertTrue(Double.isNaN(TwoSampleClassifier.auc(new double[] {0.1, 0.2}, new boolean[] {true, true})));
    }

    // --- folds -------------------------------------------------------------------------------------------------

    @Test
    void foldsDealEveryPieceToOneFoldInBalancedSizes() {
        int[] folds = TwoSampleClassifier.folds(12, 5, new SplittableRandom(1));
        int[] sizes = new int[5];
        for (int fold : folds) {
            sizes[fold]++;
        }
        // 12 pieces round-robin into 5 folds: 3, 3, 2, 2, 2.
        assertEquals(List.of(3, 3, 2, 2, 2), List.of(sizes[0], sizes[1], sizes[2], sizes[3], sizes[4]));
        // Two pieces into two folds: one each, whatever the shuffle.
        int[] two = TwoSampleClassifier.folds(2, 2, new SplittableRandom(7));
        assertNotEquals(two[0], two[1]);
    }

    /**
     * Each piece is one random 4-bar loop played four times, so its four windows are identical: a fingerprint. Both
     * sets come from the same process, so the fingerprint says nothing about the set; but a classifier that has seen
     * a piece's other windows in training recognises the piece, and through it the set. Grouped by piece the AUC stays
     * near chance; with every window its own group (ordinary window-level cross-validation) the forest recognises the
     * loops and the AUC is high, which shows the grouping is what keeps the test honest.
     */
    @Test
    void windowsOfOnePieceNeverStraddleFolds() {
        List<List<double[]>> a = loopPieces(60, new SplittableRandom(11));
        List<List<double[]>> b = loopPieces(60, new SplittableRandom(12));
        Result grouped = TwoSampleClassifier.testWindows(a, b, SEED);
        assertEquals(240, grouped.windowsA());
        assertEquals(0.5, grouped.aucLogistic(), 0.15, grouped::describe);
        assertEquals(0.5, grouped.aucTrees(), 0.15, grouped::describe);

        Result ungrouped = TwoSampleClassifier.testWindows(eachWindowAlone(a), eachWindowAlone(b), SEED);
        assertTrue(ungrouped.aucTrees() > 0.8, ungrouped::describe);
    }

    private static List<List<double[]>> loopPieces(int count, SplittableRandom random) {
        List<List<double[]>> pieces = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<Note> loop = randomChords(4, random);
            List<Note> piece = new ArrayList<>();
            for (int repeat = 0; repeat < 4; repeat++) {
                for (Note note : loop) {
                    piece.add(new Note(note.pitch(), note.velocity(), note.startBeat() + repeat * 4 * BAR,
                            note.durationBeats(), note.channel()));
                }
            }
            pieces.add(WindowFeatures.of(piece, BAR));
        }
        return pieces;
    }

    private static List<List<double[]>> eachWindowAlone(List<List<double[]>> pieces) {
        List<List<double[]>> alone = new ArrayList<>();
        for (List<double[]> piece : pieces) {
            for (double[] window : piece) {
                alone.add(List.of(window));
            }
        }
        return alone;
    }

    // --- the test ----------------------------------------------------------------------------------------------

    /** Bars of 2 to 4 onsets on random sixteenths, each a chord of 4 random pitches, random lengths and velocities. */
    private static List<Note> randomChords(int bars, SplittableRandom random) {
        double[] lengths = {0.25, 0.5, 1, 2};
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            int onsets = 2 + random.nextInt(3);
            for (int onset = 0; onset < onsets; onset++) {
                double start = bar * BAR + random.nextInt(16) / 4.0;
                double length = lengths[random.nextInt(lengths.length)];
                int velocity = 40 + random.nextInt(61);
                for (int voice = 0; voice < 4; voice++) {
                    notes.add(new Note(48 + random.nextInt(37), velocity, start, length, 0));
                }
            }
        }
        return notes;
    }

    private static List<List<Note>> randomChordPieces(int count, int bars, SplittableRandom random) {
        List<List<Note>> pieces = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            pieces.add(randomChords(bars, random));
        }
        return pieces;
    }

    @Test
    void setsFromTheSameProcessAreIndistinguishable() {
        List<List<Note>> a = randomChordPieces(30, 16, new SplittableRandom(1));
        List<List<Note>> b = randomChordPieces(30, 16, new SplittableRandom(2));
        Result result = TwoSampleClassifier.test(a, b, BAR, SEED);
        assertEquals(120, result.windowsA());
        assertEquals(120, result.windowsB());
        assertEquals(30, result.piecesA());
        assertEquals(30, result.piecesB());
        assertEquals(0.5, result.aucLogistic(), 0.15, result::describe);
        assertEquals(0.5, result.aucTrees(), 0.15, result::describe);
    }

    /** A: a four-note chord on every beat at velocity 70. */
    private static List<Note> blockChords(int bars, SplittableRandom random) {
        int[][] chords = {{48, 52, 55, 59}, {50, 53, 57, 60}, {45, 48, 52, 55}, {43, 47, 50, 53}};
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            int[] chord = chords[random.nextInt(chords.length)];
            for (int beat = 0; beat < BAR; beat++) {
                for (int pitch : chord) {
                    notes.add(new Note(pitch, 70, bar * BAR + beat, 1, 0));
                }
            }
        }
        return notes;
    }

    /** B: one to three single notes per bar on random sixteenths, at random velocities. */
    private static List<Note> sparseNotes(int bars, SplittableRandom random) {
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            int count = 1 + random.nextInt(3);
            for (int n = 0; n < count; n++) {
                double start = bar * BAR + random.nextInt(16) / 4.0;
                notes.add(new Note(60 + random.nextInt(25), 30 + random.nextInt(81), start, 0.5, 0));
            }
        }
        return notes;
    }

    @Test
    void clearlyDifferentSetsAreToldApartByAFigureThatDiffers() {
        SplittableRandom random = new SplittableRandom(3);
        List<List<Note>> a = new ArrayList<>();
        List<List<Note>> b = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            a.add(blockChords(8, random));
        }
        // Ten times as many pieces in B: the class weights must keep the smaller set from being ignored.
        for (int p = 0; p < 100; p++) {
            b.add(sparseNotes(8, random));
        }
        Result result = TwoSampleClassifier.test(a, b, BAR, SEED);
        assertTrue(result.aucLogistic() >= 0.95, result::describe);
        assertTrue(result.aucTrees() >= 0.95, result::describe);
        assertEquals(TwoSampleClassifier.TOP_FEATURES, result.separators().size());
        Separator top = result.separators().get(0);
        // Figures the two processes share by construction (both mean velocity 70, both on the 16th grid) cannot be it.
        assertFalse(Set.of("velocityMean", "otherGridShare").contains(top.feature()), result::describe);
        // Whatever it is, its means must be far apart: more than a quarter of the larger.
        double larger = Math.max(Math.abs(top.meanA()), Math.abs(top.meanB()));
        assertTrue(Math.abs(top.meanA() - top.meanB()) > 0.25 * larger, result::describe);
    }

    // --- bookkeeping -------------------------------------------------------------------------------------------

    @Test
    void theSameSeedGivesTheSameResult() {
        List<List<Note>> a = randomChordPieces(8, 8, new SplittableRandom(4));
        List<List<Note>> b = randomChordPieces(12, 8, new SplittableRandom(5));
        Result first = TwoSampleClassifier.test(a, b, BAR, 99);
        Result second = TwoSampleClassifier.test(a, b, BAR, 99);
        assertEquals(first, second);
        assertEquals(first.describe(), second.describe());
        assertTrue(first.ran());
    }

    @Test
    void tooFewPiecesOrWindowsGiveNaNNotAnException() {
        SplittableRandom random = new SplittableRandom(6);
        Result onePiece = TwoSampleClassifier.test(randomChordPieces(1, 16, random),
                randomChordPieces(10, 16, random), BAR, SEED);
        assertTrue(Double.isNaN(onePiece.aucLogistic()));
        assertTrue(Double.isNaN(onePiece.aucTrees()));
        assertTrue(onePiece.separators().isEmpty());
        assertEquals(1, onePiece.piecesA());
        assertEquals(4, onePiece.windowsA());
        assertTrue(onePiece.describe().contains("not run"), onePiece::describe);

        // Three pieces of one window each: three windows in A.
        Result fewWindows = TwoSampleClassifier.test(randomChordPieces(3, 4, random),
                randomChordPieces(10, 16, random), BAR, SEED);
        assertTrue(Double.isNaN(fewWindows.aucLogistic()));
        assertEquals(3, fewWindows.windowsA());

        Result empty = TwoSampleClassifier.test(List.of(), List.of(List.of()), BAR, SEED);
        assertEquals(0, empty.piecesB());
        assertFalse(empty.ran());
    }
}
