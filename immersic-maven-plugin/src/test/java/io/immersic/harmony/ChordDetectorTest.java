package io.immersic.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChordDetectorTest {

    private static final int C = 0;
    private static final int D = 2;
    private static final int E = 4;
    private static final int F = 5;
    private static final int G = 7;
    private static final int A = 9;
    private static final int B = 11;
    private static final int NO_BASS = -1;

    /** A profile with equal weight on each pitch class given. */
    private static double[] profile(int... pitchClasses) {
        double[] weights = new double[12];
        for (int pc : pitchClasses) {
            weights[pc] = 1;
        }
        return weights;
    }

    private static boolean[] set(int... pitchClasses) {
        boolean[] members = new boolean[12];
        for (int pc : pitchClasses) {
            members[Math.floorMod(pc, 12)] = true;
        }
        return members;
    }

    private static String label(double[] profile, int bass) {
        Chord chord = ChordDetector.label(profile, bass);
        return chord == null ? null : chord.symbol();
    }

    @Test
    void triadIsTheSimplestExplanation() {
        // Cmaj7 or Am7 would also hold C-E-G, but each leaves a template tone silent.
        assertEquals("C", label(profile(C, E, G), NO_BASS));
        assertEquals("C", label(profile(C, E, G), C));
    }

    @Test
    void aMinorSeventhBeatsCSixWithoutABass() {
        // A-C-E-G fits Am7 and C6 equally; the tie goes to the seventh chord.
        assertEquals("Am7", label(profile(A, C, E, G), NO_BASS));
    }

    @Test
    void fBassUnderAmSevenMakesFMajorNine() {
        // F-A-C-E-G is Fmaj9 exactly; with F only in the bass part it still is (the bass counts as sounding),
        // and Am7 or C6 would leave the bass unexplained.
        assertEquals("Fmaj9", label(profile(A, C, E, G), F));
        assertEquals("Fmaj9", label(profile(F, A, C, E, G), F));
    }

    @Test
    void rootlessVoicingsResolveWithTheBass() {
        // E-G-B-D is Em7 on its own, but over C it is the classic rootless Cmaj9 voicing.
        assertEquals("Em7", label(profile(E, G, B, D), NO_BASS));
        assertEquals("Cmaj9", label(profile(E, G, B, D), C));
        assertEquals("Cmaj9", label(profile(C, E, G, B, D), C));
    }

    @Test
    void slashChordsKeepTheirUpperHarmony() {
        // Fmaj7/C: no C-rooted template holds F-A-C-E, so the bass bonus is not enough to win.
        assertEquals("Fmaj7", label(profile(F, A, C, E), C));
    }

    @Test
    void weightsDecideBetweenReadings() {
        double[] mostlyG7 = profile(G, B, D, F);
        mostlyG7[A] = 0.05; // a passing A is not enough to make it G9
        assertEquals("G7", label(mostlyG7, G));
    }

    @Test
    void tooFewPitchClassesHaveNoLabel() {
        assertNull(ChordDetector.label(new double[12], NO_BASS));
        assertNull(ChordDetector.label(profile(C), C));
        // Two pitch classes are enough: C-G is C, Cm, Csus2 or Csus4 equally, and the tie goes to the major triad.
        assertEquals("C", label(profile(C, G), NO_BASS));
    }

    @Test
    void findsSemitoneClustersIncludingAcrossTheOctave() {
        assertTrue(ChordDetector.hasSemitoneCluster(set(C, 1, D)));
        assertTrue(ChordDetector.hasSemitoneCluster(set(B, C, 1)));
        assertTrue(ChordDetector.hasSemitoneCluster(set(10, B, C)));
        assertFalse(ChordDetector.hasSemitoneCluster(set(C, 1, 3)));
        assertFalse(ChordDetector.hasSemitoneCluster(set(B, C, E, G)));
    }
}
