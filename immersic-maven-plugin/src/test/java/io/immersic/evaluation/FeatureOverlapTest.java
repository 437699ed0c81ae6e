package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureOverlapTest {

    @Test
    void featuresOfAHandBuiltPiece() {
        // C4 E4 G4 as a chord on beat 0 (one beat each), then C5 for half a beat on beat 2; one bar of 4/4.
        List<Note> notes = List.of(new Note(60, 80, 0, 1, 0), new Note(64, 80, 0, 1, 0), new Note(67, 80, 0, 1, 0),
                new Note(72, 80, 2, 0.5, 0));
        Map<String, double[]> f = MusicFeatures.of(notes, 4);

        assertArrayEquals(new double[] {4}, f.get("pitchCount"));
        assertArrayEquals(new double[] {12}, f.get("pitchRange"));
        assertArrayEquals(new double[] {(4 + 3 + 5) / 3.0}, f.get("averagePitchInterval"), 1e-12);
        assertArrayEquals(new double[] {4}, f.get("noteCountPerBar"));
        assertArrayEquals(new double[] {2}, f.get("averageInterOnsetInterval"), 1e-12);
        assertArrayEquals(new double[] {2}, f.get("polyphony"));
        assertEquals(0.5, f.get("pitchClassHistogram")[0], 1e-12);   // C twice out of four
        assertEquals(1.0 / 3, f.get("pitchClassTransition")[4 * 12 + 7], 1e-12); // E→G once out of three
        assertEquals(0.75, f.get("noteLengthHistogram")[7], 1e-12);  // three one-beat notes
    }

    private static List<double[]> gaussianSet(long seed, double mean, int n) {
        Random random = new Random(seed);
        List<double[]> set = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            set.add(new double[] {mean + random.nextGaussian()});
        }
        return set;
    }

    @Test
    void setsFromTheSameDistributionOverlapAndDisjointSetsDoNot() {
        List<double[]> training = gaussianSet(1, 10, 40);
        DistributionOverlap.Result same = DistributionOverlap.compare(training, gaussianSet(2, 10, 40));
        DistributionOverlap.Result apart = DistributionOverlap.compare(training, gaussianSet(3, 30, 40));

        assertTrue(same.overlapArea() > 0.7, "same distribution: OA " + same.overlapArea());
        assertTrue(apart.overlapArea() < 0.01, "disjoint sets: OA " + apart.overlapArea());
        assertTrue(apart.klDivergence() > same.klDivergence() + 1, "KL grows when the sets part");
    }

    @Test
    void identicalDistanceSetsOverlapCompletely() {
        List<Double> distances = List.of(1.0, 2.0, 2.5, 3.0, 4.0);
        DistributionOverlap.Result result = DistributionOverlap.compareDistances(distances, distances);
        assertEquals(1.0, result.overlapArea(), 1e-3);
        assertEquals(0.0, result.klDivergence(), 1e-9);
    }
}
