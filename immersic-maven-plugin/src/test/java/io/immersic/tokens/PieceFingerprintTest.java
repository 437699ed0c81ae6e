package io.immersic.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.immersic.midi.Note;
import io.immersic.model.FileSplit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PieceFingerprintTest {

    /** A two-bar phrase: a C major triad, then a melody note; {@code shift} moves every pitch. */
    private static List<String> phrase(int shift, int velocity, int melodyPitch) {
        List<Note> notes = new ArrayList<>();
        for (int pitch : new int[] {48, 52, 55}) {
            notes.add(new Note(pitch + shift, velocity, 0, 4, 0));
        }
        notes.add(new Note(melodyPitch + shift, velocity, 5, 1, 0));
        return new RemiEncoder().encode(notes, 4);
    }

    @Test
    void aPieceInAnotherKeyOrOctaveOrPlayedSofterIsTheSamePiece() {
        String original = PieceFingerprint.of(phrase(0, 80, 67));
        assertEquals(original, PieceFingerprint.of(phrase(5, 80, 67)), "a fourth up (chord tokens differ too)");
        assertEquals(original, PieceFingerprint.of(phrase(-12, 80, 67)), "an octave down");
        assertEquals(original, PieceFingerprint.of(phrase(0, 40, 67)), "softer");
        assertNotEquals(original, PieceFingerprint.of(phrase(0, 80, 69)), "another melody note is another piece");
    }

    @Test
    void transpositionsOfOnePieceAreNeverSplitAcrossTrainingAndValidation() {
        // Files 0, 2 and 4 are one piece in three keys; 1 and 3 are two other pieces.
        List<List<String>> files = List.of(phrase(0, 80, 67), phrase(0, 80, 69), phrase(2, 80, 67),
                phrase(0, 80, 71), phrase(7, 80, 67));
        assertArrayEquals(new int[] {0, 1, 0, 2, 0}, PieceFingerprint.pieceIndexes(files));
        for (long seed = 0; seed < 20; seed++) {
            FileSplit split = FileSplit.byPiece(files, 0.34, seed);
            assertEquals(split.validation().contains(0), split.validation().contains(2), "seed " + seed);
            assertEquals(split.validation().contains(0), split.validation().contains(4), "seed " + seed);
            assertEquals(5, split.training().size() + split.validation().size());
            assertNotEquals(0, split.training().size());
        }
    }
}
