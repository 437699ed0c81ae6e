package io.immersic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowFeaturesTest {

    private static final double BAR = 4;
    private static final double TOLERANCE = 1e-9;

    private static Note note(int pitch, double start, double duration) {
        return new Note(pitch, 80, start, duration, 0);
    }

    private static List<Note> chord(double start, double duration, int... pitches) {
        List<Note> notes = new ArrayList<>();
        for (int pitch : pitches) {
            notes.add(note(pitch, start, duration));
        }
        return notes;
    }

    private static double feature(double[] vector, String name) {
        int index = WindowFeatures.names().indexOf(name);
        assertTrue(index >= 0, "no feature " + name);
        return vector[index];
    }

    /**
     * Bar 0: C-E-G on beat 1 and a D on the "and" of beat 2. Bar 1: C-E-G on beats 1 and 3. Bar 2: a whole-note A2.
     * Bar 3: C-E-G on beat 4.
     */
    private static List<Note> handMadePiece() {
        List<Note> notes = new ArrayList<>(chord(0, 1, 60, 64, 67));
        notes.add(note(62, 1.5, 0.5));
        notes.addAll(chord(4, 2, 60, 64, 67));
        notes.addAll(chord(6, 2, 60, 64, 67));
        notes.add(note(57, 8, 4));
        notes.addAll(chord(15, 1, 60, 64, 67));
        return notes;
    }

    @Test
    void aHandMadeFourBarPieceGivesTheCountedFigures() {
        List<double[]> windows = WindowFeatures.of(handMadePiece(), BAR);
        assertEquals(1, windows.size());
        double[] w = windows.get(0);
        assertEquals(WindowFeatures.names().size(), w.length);
        // Onsets: 2 + 2 + 1 + 1 = 6 in 4 bars.
        assertEquals(1.5, feature(w, "onsetsPerBar"), TOLERANCE);
        // Notes: 4 + 6 + 1 + 3 = 14 in 4 bars.
        assertEquals(3.5, feature(w, "notesPerBar"), TOLERANCE);
        // On beat 1: the C-E-G of bars 0 and 1 and the A of bar 2, 7 of 14 notes.
        assertEquals(0.5, feature(w, "downbeatShare"), TOLERANCE);
        // 14 notes on 6 onsets.
        assertEquals(14.0 / 6, feature(w, "polyphony"), TOLERANCE);
        // Five onsets on beats, the D on an off-beat eighth.
        assertEquals(5.0 / 6, feature(w, "onBeatShare"), TOLERANCE);
        assertEquals(1.0 / 6, feature(w, "offBeatEighthShare"), TOLERANCE);
        assertEquals(0, feature(w, "sixteenthShare"), TOLERANCE);
        assertEquals(0, feature(w, "otherGridShare"), TOLERANCE);
        // Four of the six onsets strike C-E-G.
        assertEquals(4.0 / 6, feature(w, "chordOnsetShare"), TOLERANCE);
        // G4 (67) down to A3 (57).
        assertEquals(10, feature(w, "pitchSpan"), TOLERANCE);
        // Lowest per bar: C, C, A, C.
        assertEquals((60 + 60 + 57 + 60) / 4.0, feature(w, "bassMean"), TOLERANCE);
        // Pitch classes per bar: C E G D, C E G, A, C E G.
        assertEquals((4 + 3 + 1 + 3) / 4.0, feature(w, "pitchClassesPerBar"), TOLERANCE);
        // No two bars share a rhythm, all velocities are 80.
        assertEquals(0, feature(w, "rhythmRepetition"), TOLERANCE);
        assertEquals(0, feature(w, "exactRepetition"), TOLERANCE);
        assertEquals(80, feature(w, "velocityMean"), TOLERANCE);
        assertEquals(0, feature(w, "velocitySd"), TOLERANCE);
        assertEquals(0, feature(w, "velocityBarChange"), TOLERANCE);
    }

    @Test
    void aRepeatedBarIsARepeatedRhythmAndAnExactRepetition() {
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            notes.addAll(chord(bar * BAR, 1, 48, 55, 64));
            notes.add(note(72, bar * BAR + 2.75, 0.25));
        }
        double[] w = WindowFeatures.of(notes, BAR).get(0);
        assertEquals(1, feature(w, "rhythmRepetition"), TOLERANCE);
        assertEquals(1, feature(w, "exactRepetition"), TOLERANCE);
        // The 16th before beat 4 is an "a" of beat 3.
        assertEquals(0.5, feature(w, "sixteenthShare"), TOLERANCE);
        // Per bar three notes of 1 beat (log2 0) and one of 1/4 (log2 -2): mean -1/2, variance (3·1/4 + 9/4)/4.
        assertEquals(-0.5, feature(w, "logDurationMean"), TOLERANCE);
        assertEquals(Math.sqrt(0.75), feature(w, "logDurationSd"), TOLERANCE);
        // C, G, E, C (72 is C5) by duration 1, 1, 1, 0.25: three classes, C carrying 1.25 of 3.25 beats.
        double c = 1.25 / 3.25;
        double other = 1 / 3.25;
        double entropy = -(c * Math.log(c) + 2 * other * Math.log(other)) / Math.log(2);
        assertEquals(entropy, feature(w, "pitchClassEntropy"), TOLERANCE);
    }

    @Test
    void theSameBarTransposedRepeatsItsRhythmButNotItsNotes() {
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < 4; bar++) {
            notes.add(note(60 + bar, bar * BAR, 1));
            notes.add(note(67 + bar, bar * BAR + 1 / 3.0, 1));
        }
        double[] w = WindowFeatures.of(notes, BAR).get(0);
        assertEquals(1, feature(w, "rhythmRepetition"), TOLERANCE);
        assertEquals(0, feature(w, "exactRepetition"), TOLERANCE);
        // The triplet eighth after each downbeat is off the 16th grid.
        assertEquals(0.5, feature(w, "otherGridShare"), TOLERANCE);
    }

    @Test
    void windowsSkipSilenceAndAShortPieceGivesOneWindowOfItsBars() {
        // Bars 0 and 9 sound: windows 0 (bars 0-3) and 2 (bars 8-9, the piece ends with bar 9); window 1 is silent.
        List<Note> notes = List.of(note(60, 0, 1), note(62, 9 * BAR, 1), note(64, 9 * BAR + 1, 1));
        List<double[]> windows = WindowFeatures.of(notes, BAR);
        assertEquals(2, windows.size());
        assertEquals(1 / 4.0, feature(windows.get(0), "onsetsPerBar"), TOLERANCE);
        assertEquals(2 / 2.0, feature(windows.get(1), "onsetsPerBar"), TOLERANCE);

        // Two bars in 3/4: one window of two bars.
        List<double[]> shortPiece = WindowFeatures.of(List.of(note(60, 0, 3), note(64, 3, 3)), 3);
        assertEquals(1, shortPiece.size());
        assertEquals(1, feature(shortPiece.get(0), "onsetsPerBar"), TOLERANCE);
        assertEquals(1, feature(shortPiece.get(0), "downbeatShare"), TOLERANCE);

        assertTrue(WindowFeatures.of(List.of(), BAR).isEmpty());
    }

    @Test
    void velocityChangeIsBetweenSoundingBars() {
        List<Note> notes = List.of(new Note(60, 40, 0, 1, 0), new Note(60, 60, 4, 1, 0),
                new Note(60, 100, 12, 1, 0));
        double[] w = WindowFeatures.of(notes, BAR).get(0);
        // Bar means 40, 60, (silent), 100: changes 20 and 40.
        assertEquals(30, feature(w, "velocityBarChange"), TOLERANCE);
        assertEquals(Math.sqrt(((40 - 200 / 3.0) * (40 - 200 / 3.0) + (60 - 200 / 3.0) * (60 - 200 / 3.0)
                + (100 - 200 / 3.0) * (100 - 200 / 3.0)) / 3), feature(w, "velocitySd"), TOLERANCE);
    }
}
