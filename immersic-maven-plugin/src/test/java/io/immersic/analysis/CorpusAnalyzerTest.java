package io.immersic.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.midi.Note;
import io.immersic.tokens.RemiEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusAnalyzerTest {

    @Test
    void percentagesAreComputedPerFileThenAveraged() {
        // File A: 3 x C4 and 1 x G4. File B: 1 x G4. Per file: A = 75 % C, 25 % G; B = 100 % G.
        List<Note> a = List.of(note(60, 0, 1), note(60, 1, 1), note(60, 2, 1), note(67, 3, 0.5));
        List<Note> b = List.of(note(67, 0, 0.5));

        CorpusAnalysis analysis = new CorpusAnalyzer().analyze(List.of(
                new CorpusAnalyzer.FileNotes(a, 2, 20), new CorpusAnalyzer.FileNotes(b, 0, 6)),
                List.of(new RemiEncoder().encode(a, 4), new RemiEncoder().encode(b, 4)));

        assertEquals(Map.of("C", 37.5, "G", 62.5), analysis.noteNames());
        assertEquals(Map.of("C4", 37.5, "G4", 62.5), analysis.pitches());
        assertEquals(Map.of("1", 37.5, "0.5", 62.5), analysis.durations());
        assertEquals(2, analysis.files());
        assertEquals(2, analysis.pieces(), "two different pieces");
        assertEquals(5, analysis.notes());
        assertEquals(26, analysis.tokens());
        assertEquals(2, analysis.drumHits());
        assertEquals(0, analysis.chords());
    }

    @Test
    void notesStartingTogetherCountAsOneChord() {
        List<Note> notes = List.of(note(60, 0, 1), note(64, 0, 1), note(67, 0, 1), note(72, 1, 1), note(48, 2, 1),
                note(55, 2, 1));
        assertEquals(2, CorpusAnalyzer.countChords(notes));
    }

    @Test
    void aCMajorScaleIsInCMajor() {
        List<Note> scale = new ArrayList<>();
        int[] steps = {60, 62, 64, 65, 67, 69, 71, 72};
        for (int i = 0; i < steps.length; i++) {
            scale.add(note(steps[i], i, i == 0 || i == 7 ? 2 : 1));
        }
        CorpusAnalysis analysis = new CorpusAnalyzer().analyze(List.of(new CorpusAnalyzer.FileNotes(scale, 0, 0)),
                List.of(new RemiEncoder().encode(scale, 4)));
        assertEquals("C major", analysis.key());
    }

    @Test
    void anAMinorTriadArpeggioIsInAMinor() {
        double[] weights = new double[12];
        weights[9] = 4;  // A
        weights[0] = 2;  // C
        weights[4] = 3;  // E
        assertEquals("A minor", KeyEstimator.estimate(weights));
    }

    @Test
    void durationsAreWrittenAsQuarterLengths() {
        assertEquals("0.333", CorpusAnalyzer.quarterLength(1.0 / 3));
        assertEquals("1.5", CorpusAnalyzer.quarterLength(1.5));
        assertEquals("4", CorpusAnalyzer.quarterLength(4));
    }

    private static Note note(int pitch, double start, double duration) {
        return new Note(pitch, 64, start, duration, 0);
    }
}
